package com.helpdesk.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import com.helpdesk.tenantadmin.Hotline;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStatus;
import com.helpdesk.tenantadmin.TenantStore;

/** Tenants and hotlines in PostgreSQL: platform-level tables, read before a tenant is known. */
@Repository
class JdbcTenantStore implements TenantStore {

    private static final String SELECT_TENANTS = "select id, slug, name, time_zone, locale, status from tenants";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    JdbcTenantStore(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void create(TenantProfile tenant) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into tenants (id, slug, name, time_zone, locale, status)
                    values (:id, :slug, :name, :zone, :locale, :status)""")
                .params(columns(tenant))
                .update();
            tenant.hotlines().forEach(hotline -> addHotline(tenant.id(), hotline));
        });
    }

    @Override
    public List<TenantProfile> list() {
        Map<UUID, List<Hotline>> hotlines = jdbc.sql("select tenant_id, number, label from hotlines order by number")
            .query((rs, i) -> Map.entry(rs.getObject("tenant_id", UUID.class),
                    new Hotline(rs.getString("number"), rs.getString("label"))))
            .list()
            .stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql(SELECT_TENANTS + " order by slug")
            .query((rs, i) -> profile(rs, hotlines.getOrDefault(rs.getObject("id", UUID.class), List.of())))
            .list();
    }

    @Override
    public Optional<TenantProfile> findBySlug(String slug) {
        return jdbc.sql(SELECT_TENANTS + " where slug = :slug").param("slug", slug)
            .query((rs, i) -> profile(rs, hotlines(rs.getObject("id", UUID.class))))
            .optional();
    }

    @Override
    public Optional<TenantProfile> find(TenantId id) {
        return jdbc.sql(SELECT_TENANTS + " where id = :id").param("id", id.value())
            .query((rs, i) -> profile(rs, hotlines(id.value())))
            .optional();
    }

    @Override
    public void update(TenantProfile tenant) {
        jdbc.sql("""
                update tenants set name = :name, time_zone = :zone, locale = :locale, status = :status
                 where id = :id""")
            .params(columns(tenant))
            .update();
        events.publishEvent(new TenantChanged(tenant.slug()));
    }

    @Override
    public Optional<TenantId> ownerOf(String number) {
        return jdbc.sql("select tenant_id from hotlines where number = :number").param("number", number)
            .query(UUID.class)
            .optional()
            .map(TenantId::new);
    }

    @Override
    public void addHotline(TenantId tenant, Hotline hotline) {
        jdbc.sql("insert into hotlines (tenant_id, number, label) values (:tenant, :number, :label)")
            .param("tenant", tenant.value())
            .param("number", hotline.number())
            .param("label", hotline.label())
            .update();
    }

    @Override
    public boolean removeHotline(TenantId tenant, String number) {
        return jdbc.sql("delete from hotlines where tenant_id = :tenant and number = :number")
            .param("tenant", tenant.value())
            .param("number", number)
            .update() == 1;
    }

    private List<Hotline> hotlines(UUID tenant) {
        return jdbc.sql("select number, label from hotlines where tenant_id = :tenant order by number")
            .param("tenant", tenant)
            .query((rs, i) -> new Hotline(rs.getString("number"), rs.getString("label")))
            .list();
    }

    private static Map<String, Object> columns(TenantProfile tenant) {
        return Map.of("id", tenant.id().value(), "slug", tenant.slug(), "name", tenant.name(), "zone",
                tenant.timeZone().getId(), "locale", tenant.locale(), "status",
                tenant.status().name().toLowerCase(Locale.ROOT));
    }

    private static TenantProfile profile(ResultSet rs, List<Hotline> hotlines) throws SQLException {
        return new TenantProfile(new TenantId(rs.getObject("id", UUID.class)), rs.getString("slug"),
                rs.getString("name"), ZoneId.of(rs.getString("time_zone")), rs.getString("locale"),
                TenantStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), hotlines);
    }
}
