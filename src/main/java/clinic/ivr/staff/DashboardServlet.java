package clinic.ivr.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /staff}, the staff home: the dashboard of calls ({@link DashboardPage}). Transport only. */
public final class DashboardServlet extends StaffPageServlet {

    public static final String PATH = HtmlPages.Page.DASHBOARD.path();

    private final transient DashboardPage page;

    public DashboardServlet(StaffGuard guard, DashboardPage page) {
        super(guard);
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, "text/html", page.html());
    }
}
