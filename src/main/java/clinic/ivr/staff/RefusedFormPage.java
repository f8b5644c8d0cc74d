package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The answer (403) to a staff form the line did not take: posted from a page that is not this site's (the staff
 * pages opened at another address than PUBLIC_BASE_URL, such as the host's own name), or without a token the line
 * gave. A browser gets a staff page that says nothing was saved, where the staff pages are and that Back usually
 * keeps what was typed; anything else gets the line's plain status.
 */
public final class RefusedFormPage {

    private final HtmlPages pages;
    private final ClinicView clinic;
    /** PUBLIC_BASE_URL, when set: the address the staff pages take forms from. */
    private final Optional<String> publicBaseUrl;

    public RefusedFormPage(HtmlPages pages, ClinicView clinic, Optional<String> publicBaseUrl) {
        this.pages = pages;
        this.clinic = clinic;
        this.publicBaseUrl = publicBaseUrl;
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = publicBaseUrl.map(url -> url.replaceAll("/+$", "")).orElse("");
        StaffPageServlet.sendPage(request, response, HttpServletResponse.SC_FORBIDDEN, () -> pages.page("refused.ftlh",
                null, Map.of("clinic", clinic.name(), "site", site)));
    }
}
