package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The staff pages' shared stylesheet ({@link HtmlPages#STYLESHEET}), served from this site as their CSP asks. */
public final class StyleServlet extends StaffPageServlet {

    private final transient byte[] css = HtmlPages.stylesheet();

    public StyleServlet(StaffGuard guard) {
        super(guard);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, max-age=3600");
        write(response, "text/css; charset=utf-8", css);
    }
}
