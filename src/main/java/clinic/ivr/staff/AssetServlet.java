package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A file the staff pages load from this site, as their Content-Security-Policy asks: the shared
 * stylesheet ({@link HtmlPages#STYLESHEET}) or a script ({@link HtmlPages#SCRIPT},
 * {@link HtmlPages#LISTEN_SCRIPT}). Behind the guard too.
 */
public final class AssetServlet extends StaffPageServlet {

    private final transient byte[] bytes;
    private final String contentType;

    /** @param name such as "staff.css"; @param contentType such as "text/css; charset=utf-8" */
    public AssetServlet(StaffGuard guard, String name, String contentType) {
        super(guard);
        this.bytes = HtmlPages.asset(name);
        this.contentType = contentType;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, max-age=3600");
        write(response, contentType, bytes);
    }
}
