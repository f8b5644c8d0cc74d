package clinic.ivr.staff;

import java.util.List;

/**
 * A spreadsheet file as RFC 4180 writes it (a header row, CRLF line ends, a cell holding a comma, a
 * quote or a line break in quotes, quotes doubled), safe to open: a cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return, after spaces or not) gets a leading apostrophe, which the
 * spreadsheet shows as text. UTF-8 with a byte order mark, so Excel reads accents right.
 */
final class Csv {

    private static final char BOM = '\uFEFF';

    private final StringBuilder out = new StringBuilder(4096).append(BOM);

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** A spreadsheet would run it: it starts with =, +, -, @, a tab or a carriage return. */
    private static boolean formula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell, made safe and quoted as needed. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (formula(v) || formula(v.stripLeading())) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
