package clinic.ivr.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A spreadsheet file as RFC 4180 writes it (a header row, CRLF line ends, a cell holding a comma, a
 * quote or a line break in quotes, quotes doubled), safe to open: a cell a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return, after spaces or not) gets a leading apostrophe, which the
 * spreadsheet shows as text. UTF-8 with a byte order mark, so Excel reads accents right. Rows go to
 * {@code out} as they come, so a long file is never held whole.
 */
final class Csv {

    private static final char BOM = '\uFEFF';

    private final Appendable out;

    Csv(Appendable out, List<String> header) {
        this.out = out;
        append(String.valueOf(BOM));
        row(header);
    }

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                append(",");
            }
            append(cell(cells.get(i)));
        }
        append("\r\n");
        return this;
    }

    private void append(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet would run it: it starts with =, +, -, @, a tab or a carriage return. */
    private static boolean formula(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
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
