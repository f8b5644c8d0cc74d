package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every address under {@code /staff/} that no staff page serves ({@link #PATH}; the pages' own, longer mappings
 * win): behind the guard like the others, so without the password nothing tells what exists, then the
 * {@link NotFoundPage}.
 */
public final class NotFoundServlet extends StaffPageServlet {

    public static final String PATH = "/staff/*";

    private final transient NotFoundPage page;

    public NotFoundServlet(StaffGuard guard, NotFoundPage page) {
        super(guard);
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.send(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.send(request, response);
    }
}
