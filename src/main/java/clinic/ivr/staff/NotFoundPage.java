package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The answer (404) to a staff address that leads nowhere: a mistyped one, or a stale link to a message or a
 * version that is no longer there. A browser gets a staff page that says so, names the address and links to
 * the staff pages; anything else (the messages as JSON, the player, a spreadsheet, curl) gets the line's plain
 * status. Only ever sent once the {@link StaffGuard} let the request in.
 */
public final class NotFoundPage {

    private final HtmlPages pages;
    private final ClinicView clinic;

    public NotFoundPage(HtmlPages pages, ClinicView clinic) {
        this.pages = pages;
        this.clinic = clinic;
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the address asked for, its path decoded (the template escapes it)
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        StaffPageServlet.sendPage(request, response, HttpServletResponse.SC_NOT_FOUND, () -> pages.page("not-found.ftlh",
                null, Map.of("clinic", clinic.name(), "path", path)));
    }
}
