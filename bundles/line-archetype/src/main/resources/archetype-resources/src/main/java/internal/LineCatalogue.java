#set( $TABLE = "${lineId.toUpperCase().replace('-', '_')}_ITEM_VIEW" )
package ${package}.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.LineDatabase;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.TicketCategory;
import org.esip.ticketing.api.TicketKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The line's catalogue and its own table ($TABLE). Its activation migrates the line's schema from
 * the folder MIGRATIONS on this bundle's class path, so the line is registered only once its tables exist.
 * The REST resource, the console command and the indicator all read the data here.
 */
@Component(service = LineCatalogue.class)
public class LineCatalogue {
    /** The folder of the line's Flyway migrations ({@code V1__...sql}, {@code V2__...sql}) on its class path. */
    static final String MIGRATIONS = "${packageInPathFormat}/db";
    /** The ticket category a request of this line becomes: the line's id, a dot, a name. */
    static final String REQUEST_CATEGORY = LineComponent.ID + ".request";

    static final List<ServiceItem> ITEMS = List.of(
            new ServiceItem(LineComponent.ID + "-consultation", "${lineNameZh}咨询", "${lineNameEn} consultation",
                    "平台工作人员当场或预约解答。", "Platform staff answer on the spot or by appointment.",
                    HandlingMode.DIRECT),
            new ServiceItem(LineComponent.ID + "-service", "${lineNameZh}服务", "${lineNameEn} service",
                    "匹配服务机构或专家提供服务。", "A service organisation or expert serves the enterprise.",
                    HandlingMode.MATCHED, REQUEST_CATEGORY));

    static final List<TicketCategory> CATEGORIES = List.of(
            new TicketCategory(REQUEST_CATEGORY, "${lineNameZh}申请", "${lineNameEn} request", TicketKind.DEMAND, 10));

    private final DataSource dataSource;

    @Activate
    public LineCatalogue(@Reference LineDatabase database) {
        database.migrate(LineComponent.ID, LineCatalogue.class.getClassLoader(), MIGRATIONS);
        this.dataSource = database.dataSource();
    }

    /** A catalogue item with how often it was looked at. */
    public record ItemViews(ServiceItem item, long views) {
    }

    /** Every item with its views, in catalogue order. */
    public List<ItemViews> items() {
        Map<String, Long> views = views();
        return ITEMS.stream().map(i -> new ItemViews(i, views.getOrDefault(i.code(), 0L))).toList();
    }

    /** Counts one look at an item and returns it with its views, if the catalogue has it. */
    public Optional<ItemViews> view(String code) {
        Optional<ServiceItem> item = ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
        if (item.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            if (update(c, code) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO $TABLE (ITEM_CODE, VIEWS) VALUES (?, 1)")) {
                    insert.setString(1, code);
                    insert.executeUpdate();
                } catch (SQLException firstAtTheSameMoment) {
                    update(c, code);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting a view failed", e);
        }
        return Optional.of(new ItemViews(item.get(), views().getOrDefault(code, 0L)));
    }

    private static int update(Connection c, String code) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE $TABLE SET VIEWS = VIEWS + 1 WHERE ITEM_CODE = ?")) {
            update.setString(1, code);
            return update.executeUpdate();
        }
    }

    private Map<String, Long> views() {
        Map<String, Long> views = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT ITEM_CODE, VIEWS FROM $TABLE");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                views.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading views failed", e);
        }
        return views;
    }

    /** The indicator's value: every look at the catalogue so far. */
    public long totalViews() {
        return views().values().stream().mapToLong(Long::longValue).sum();
    }
}
