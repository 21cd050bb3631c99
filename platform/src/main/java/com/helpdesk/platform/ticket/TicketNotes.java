package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;

/** Notes (what the customer was or may be told), internal comments and attachment metadata. */
@Repository
class TicketNotes {

    private final JdbcClient jdbc;

    TicketNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Note add(TenantId tenant, UUID ticket, Actor author, boolean internal, String body, Instant at) {
        Note note = new Note(UUID.randomUUID(), author.id(), author.name(), internal, body, at);
        jdbc.sql("""
                insert into ticket_notes (tenant_id, id, ticket_id, author_id, author_name, internal, body, created_at)
                values (:tenant, :id, :ticket, :authorId, :authorName, :internal, :body, :at)""")
            .param("tenant", tenant.value())
            .param("id", note.id())
            .param("ticket", ticket)
            .param("authorId", note.authorId())
            .param("authorName", note.authorName())
            .param("internal", internal)
            .param("body", body)
            .param("at", utc(at))
            .update();
        return note;
    }

    List<Note> of(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select id, author_id, author_name, internal, body, created_at from ticket_notes
                 where tenant_id = :tenant and ticket_id = :ticket order by created_at, id""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query((rs, i) -> new Note(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
                    rs.getString("author_name"), rs.getBoolean("internal"), rs.getString("body"),
                    instant(rs, "created_at")))
            .list();
    }

    Attachment attach(TenantId tenant, UUID ticket, AttachmentDraft.Checked draft, Actor by, Instant at) {
        Attachment attachment = new Attachment(UUID.randomUUID(), draft.fileName(), draft.contentType(),
                draft.sizeBytes(), draft.sha256(), draft.storageRef(), by.id(), at);
        jdbc.sql("""
                insert into ticket_attachments (tenant_id, id, ticket_id, file_name, content_type, size_bytes, sha256,
                                                storage_ref, added_by, added_at)
                values (:tenant, :id, :ticket, :fileName, :contentType, :size, :sha256, :ref, :by, :at)""")
            .param("tenant", tenant.value())
            .param("id", attachment.id())
            .param("ticket", ticket)
            .param("fileName", attachment.fileName())
            .param("contentType", attachment.contentType())
            .param("size", attachment.sizeBytes())
            .param("sha256", attachment.sha256())
            .param("ref", attachment.storageRef())
            .param("by", by.id())
            .param("at", utc(at))
            .update();
        return attachment;
    }

    List<Attachment> attachments(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, sha256, storage_ref, added_by, added_at
                  from ticket_attachments where tenant_id = :tenant and ticket_id = :ticket order by added_at, id""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query((rs, i) -> new Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
                    rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                    rs.getString("storage_ref"), rs.getObject("added_by", UUID.class), instant(rs, "added_at")))
            .list();
    }

    record Note(UUID id, UUID authorId, String authorName, boolean internal, String body, Instant createdAt) {
    }

    record Attachment(UUID id, String fileName, String contentType, long sizeBytes, String sha256, String storageRef,
            UUID addedBy, Instant addedAt) {
    }
}
