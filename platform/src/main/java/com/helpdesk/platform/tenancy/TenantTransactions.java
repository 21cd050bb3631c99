package com.helpdesk.platform.tenancy;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Runs work in a database transaction bound to one tenant. Row-level security policies read
 * {@code app.tenant_id}; it is set with {@code set_config(..., true)} (the function form of
 * {@code SET LOCAL}) so it ends with the transaction and never leaks to the next user of a
 * pooled connection. Without it every tenant table looks empty: the policies fail closed.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    TenantTransactions(TransactionTemplate transactions, JdbcClient jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public <T> T call(TenantId tenant, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("select set_config('app.tenant_id', :tenant, true)")
                .param("tenant", tenant.value().toString())
                .query(String.class)
                .single();
            return work.get();
        });
    }

    public void run(TenantId tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
