package org.esip.line.sample.internal;

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
 * The sample line's catalogue and its own table: the line's data lives here, in one place that the REST
 * resource, the console command and the indicator all use. Its activation migrates the line's schema, so
 * nothing of the line is registered before its tables exist.
 */
@Component(service = SampleCatalogue.class)
public class SampleCatalogue {
    static final String VISIT_CATEGORY = SampleServiceLine.ID + ".visit";
    /** The folder of the line's Flyway migrations on its own class path. */
    static final String MIGRATIONS = "org/esip/line/sample/db";

    static final List<ServiceItem> ITEMS = List.of(
            new ServiceItem("sample-consultation", "示例咨询服务", "Sample consultation",
                    "平台工作人员当场或预约解答企业的问题。", "Platform staff answer the enterprise's questions on the spot or by appointment.",
                    HandlingMode.DIRECT),
            new ServiceItem("sample-visit", "示例上门服务", "Sample on-site visit",
                    "匹配服务机构或专家上门服务，提交后成为“示例上门服务申请”工单。",
                    "A service organisation or expert visits the enterprise; a request becomes a 'sample visit request' ticket.",
                    HandlingMode.MATCHED, VISIT_CATEGORY));

    static final List<TicketCategory> CATEGORIES = List.of(
            new TicketCategory(VISIT_CATEGORY, "示例上门服务申请", "Sample visit request", TicketKind.DEMAND, 5, 2));

    private final DataSource dataSource;

    @Activate
    public SampleCatalogue(@Reference LineDatabase database) {
        database.migrate(SampleServiceLine.ID, SampleCatalogue.class.getClassLoader(), MIGRATIONS);
        this.dataSource = database.dataSource();
    }

    /** A catalogue item with how often it was looked at. */
    public record ItemViews(ServiceItem item, long views) {
    }

    static Optional<ServiceItem> item(String code) {
        return ITEMS.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Every item with its views, in catalogue order. */
    public List<ItemViews> items() {
        Map<String, Long> views = views();
        return ITEMS.stream().map(i -> new ItemViews(i, views.getOrDefault(i.code(), 0L))).toList();
    }

    /** Counts one look at an item and returns it with its views, if the catalogue has it. */
    public Optional<ItemViews> view(String code) {
        Optional<ServiceItem> item = item(code);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (update(c, code) == 0) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO SAMPLE_CATALOGUE_VIEW (ITEM_CODE, VIEWS) VALUES (?, 1)")) {
                    insert.setString(1, code);
                    insert.executeUpdate();
                } catch (SQLException firstAtTheSameMoment) {
                    update(c, code);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sample line: counting a view failed", e);
        }
        return Optional.of(new ItemViews(item.get(), views().getOrDefault(code, 0L)));
    }

    private static int update(Connection c, String code) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE SAMPLE_CATALOGUE_VIEW SET VIEWS = VIEWS + 1 WHERE ITEM_CODE = ?")) {
            update.setString(1, code);
            return update.executeUpdate();
        }
    }

    /** Views of every item looked at so far. */
    Map<String, Long> views() {
        Map<String, Long> views = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT ITEM_CODE, VIEWS FROM SAMPLE_CATALOGUE_VIEW");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                views.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sample line: reading views failed", e);
        }
        return views;
    }

    /** The indicator's value: every look at the catalogue so far. */
    public long totalViews() {
        return views().values().stream().mapToLong(Long::longValue).sum();
    }
}
