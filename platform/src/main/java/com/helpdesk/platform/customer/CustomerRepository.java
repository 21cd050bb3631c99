package com.helpdesk.platform.customer;

import java.util.Locale;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Customers with their phones, addresses and contacts. Every statement names the tenant itself; row-level
 * security is the second line of defence. Several calls inside one {@link TenantTransactions}
 * call share its transaction.
 */
@Repository
class CustomerRepository {

    private static final String SUMMARY = """
            select c.id, c.kind, c.category, c.name,
                   array(select p.number from customer_phones p
                          where p.tenant_id = c.tenant_id and p.customer_id = c.id order by p.number) as phones
              from customers c""";

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    CustomerRepository(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Stores a checked draft (phones already in E.164) under a new id. */
    UUID create(TenantId tenant, CustomerDraft draft, Instant now) {
        UUID id = UUID.randomUUID();
        transactions.run(tenant, () -> {
            jdbc.sql("""
                    insert into customers (tenant_id, id, kind, category, name, notes, created_at, updated_at)
                    values (:tenant, :id, :kind, :category, :name, :notes, :now, :now)""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("kind", draft.kind())
                .param("category", draft.category())
                .param("name", draft.name())
                .param("notes", draft.notes())
                .param("now", SqlTimes.utc(now))
                .update();
            draft.phones().forEach(phone -> insertPhone(tenant, id, phone));
            draft.addresses().forEach(address -> jdbc.sql("""
                    insert into customer_addresses (tenant_id, id, customer_id, region_code, free_text)
                    values (:tenant, :id, :customer, :region, :text)""")
                .param("tenant", tenant.value())
                .param("id", UUID.randomUUID())
                .param("customer", id)
                .param("region", address.regionCode())
                .param("text", TextFields.orEmpty(address.text()))
                .update());
            draft.contacts().forEach(contact -> jdbc.sql("""
                    insert into customer_contacts (tenant_id, id, customer_id, name, role, phone, email)
                    values (:tenant, :id, :customer, :name, :role, :phone, :email)""")
                .param("tenant", tenant.value())
                .param("id", UUID.randomUUID())
                .param("customer", id)
                .param("name", contact.name())
                .param("role", contact.role())
                .param("phone", contact.phone())
                .param("email", contact.email())
                .update());
        });
        return id;
    }

    Optional<CustomerView> find(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select id, kind, category, name, notes, version, created_at, updated_at
                  from customers where tenant_id = :tenant and id = :id""")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> customer(rs, phones(tenant, id), addresses(tenant, id), contacts(tenant, id)))
            .optional());
    }

    /** Applies a change made on {@code change.version()}; refuses it if the customer moved on since. */
    void update(TenantId tenant, UUID id, CustomerChange change, Instant now) {
        transactions.run(tenant, () -> {
            int updated = jdbc.sql("""
                    update customers set kind = :kind, category = :category, name = :name, notes = :notes,
                                         version = version + 1, updated_at = :now
                     where tenant_id = :tenant and id = :id and version = :version""")
                .param("tenant", tenant.value())
                .param("id", id)
                .param("version", change.version())
                .param("kind", change.kind())
                .param("category", change.category())
                .param("name", change.name())
                .param("notes", change.notes())
                .param("now", SqlTimes.utc(now))
                .update();
            if (updated == 0) {
                requireExists(tenant, id);
                throw new OptimisticLockingFailureException("Customer " + id + " is no longer at version "
                        + change.version());
            }
        });
    }

    /** Adds a number (already E.164) unless the customer has it. */
    void addPhone(TenantId tenant, UUID customer, PhoneDraft phone) {
        transactions.run(tenant, () -> {
            requireExists(tenant, customer);
            insertPhone(tenant, customer, phone);
        });
    }

    void removePhone(TenantId tenant, UUID customer, String number) {
        int removed = transactions.call(tenant, () -> jdbc.sql("""
                delete from customer_phones where tenant_id = :tenant and customer_id = :customer and number = :number""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .param("number", number)
            .update());
        if (removed == 0) {
            throw new NotFoundException("Phone number of customer " + customer, number);
        }
    }

    /**
     * Every customer with this number (E.164), their own or a contact's: one query over the
     * indexes leading with (tenant_id, number) and (tenant_id, phone).
     */
    List<CustomerSummary> byPhone(TenantId tenant, String number) {
        return transactions.call(tenant, () -> jdbc.sql(SUMMARY + "\n" + """
                 where c.tenant_id = :tenant
                   and c.id in (select customer_id from customer_phones where tenant_id = :tenant and number = :number
                                union
                                select customer_id from customer_contacts where tenant_id = :tenant and phone = :number)
                 order by c.name, c.id""")
            .param("tenant", tenant.value())
            .param("number", number)
            .query(CustomerRepository::summary)
            .list());
    }

    /** Customers whose name contains {@code name} (any case; the text is matched literally). */
    CustomerSummary.Page search(TenantId tenant, String name, int page, int size) {
        String pattern = "%" + name.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
            .replace("_", "\\_") + "%";
        return transactions.call(tenant, () -> {
            long total = jdbc.sql("select count(*) from customers c where c.tenant_id = :tenant and lower(c.name) like :p")
                .param("tenant", tenant.value())
                .param("p", pattern)
                .query(Long.class)
                .single();
            List<CustomerSummary> items = jdbc.sql(SUMMARY + "\n" + """
                     where c.tenant_id = :tenant and lower(c.name) like :p
                     order by lower(c.name), c.id limit :size offset :offset""")
                .param("tenant", tenant.value())
                .param("p", pattern)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(CustomerRepository::summary)
                .list();
            return new CustomerSummary.Page(items, page, size, total);
        });
    }

    void requireExists(TenantId tenant, UUID id) {
        boolean exists = transactions.call(tenant, () -> jdbc.sql(
                "select exists (select 1 from customers where tenant_id = :tenant and id = :id)")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(Boolean.class)
            .single());
        if (!exists) {
            throw new NotFoundException("Customer", id);
        }
    }

    private void insertPhone(TenantId tenant, UUID customer, PhoneDraft phone) {
        jdbc.sql("""
                insert into customer_phones (tenant_id, customer_id, number, label)
                values (:tenant, :customer, :number, :label) on conflict do nothing""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .param("number", phone.number())
            .param("label", TextFields.orEmpty(phone.label()))
            .update();
    }

    private List<PhoneDraft> phones(TenantId tenant, UUID customer) {
        return jdbc.sql("""
                select number, label from customer_phones
                 where tenant_id = :tenant and customer_id = :customer order by created_at, number""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .query((rs, i) -> new PhoneDraft(rs.getString("number"), rs.getString("label")))
            .list();
    }

    private List<CustomerView.AddressView> addresses(TenantId tenant, UUID customer) {
        return jdbc.sql("""
                select id, region_code, free_text from customer_addresses
                 where tenant_id = :tenant and customer_id = :customer order by created_at, id""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .query((rs, i) -> new CustomerView.AddressView(rs.getObject("id", UUID.class),
                    rs.getString("region_code"), rs.getString("free_text")))
            .list();
    }

    private List<CustomerView.ContactView> contacts(TenantId tenant, UUID customer) {
        return jdbc.sql("""
                select id, name, role, phone, email from customer_contacts
                 where tenant_id = :tenant and customer_id = :customer order by created_at, id""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .query((rs, i) -> new CustomerView.ContactView(rs.getObject("id", UUID.class), rs.getString("name"),
                    rs.getString("role"), rs.getString("phone"), rs.getString("email")))
            .list();
    }

    private static CustomerView customer(ResultSet rs, List<PhoneDraft> phones,
            List<CustomerView.AddressView> addresses, List<CustomerView.ContactView> contacts) throws SQLException {
        return new CustomerView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("category"),
                rs.getString("name"), rs.getString("notes"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), phones, addresses, contacts);
    }

    private static CustomerSummary summary(ResultSet rs, int row) throws SQLException {
        return new CustomerSummary(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("category"),
                rs.getString("name"), Arrays.asList((String[]) rs.getArray("phones").getArray()));
    }

}
