package org.fairchance.cohorts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The tables of {@code V5__cohorts.sql}. Every write joins the caller's transaction, so a member
 * row and the journey's cohort variables commit or roll back together.
 */
@Repository
class CohortTable {

  enum Status {
    OPEN,
    CLOSED
  }

  enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    HELD
  }

  record Cohort(
      String id,
      String name,
      String sector,
      String region,
      Integer plannedSize,
      LocalDate startsOn,
      LocalDate endsOn,
      Status status,
      long memberCount) {

    public boolean open() {
      return status == Status.OPEN;
    }
  }

  record Member(String businessKey, String cohortId, String employerName, Instant joinedAt) {}

  record Session(
      String id,
      String cohortId,
      Instant startsAt,
      String place,
      String note,
      SessionStatus status) {}

  private static final String COHORT_COLUMNS =
      "c.id, c.name, c.sector, c.region, c.planned_size, c.starts_on, c.ends_on, c.status,"
          + " (SELECT COUNT(*) FROM cohort_member m WHERE m.cohort_id = c.id) AS member_count";

  private static final RowMapper<Cohort> COHORT =
      (rs, row) ->
          new Cohort(
              rs.getString("id"),
              rs.getString("name"),
              rs.getString("sector"),
              rs.getString("region"),
              (Integer) rs.getObject("planned_size", Integer.class),
              localDate(rs, "starts_on"),
              localDate(rs, "ends_on"),
              Status.valueOf(rs.getString("status")),
              rs.getLong("member_count"));

  private static final RowMapper<Member> MEMBER =
      (rs, row) ->
          new Member(
              rs.getString("business_key"),
              rs.getString("cohort_id"),
              rs.getString("employer_name"),
              rs.getTimestamp("joined_at").toInstant());

  private static final RowMapper<Session> SESSION =
      (rs, row) ->
          new Session(
              rs.getString("id"),
              rs.getString("cohort_id"),
              rs.getTimestamp("starts_at").toInstant(),
              rs.getString("place"),
              rs.getString("note"),
              SessionStatus.valueOf(rs.getString("status")));

  private final JdbcTemplate jdbc;

  CohortTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Cohort cohort, Instant now) {
    jdbc.update(
        "INSERT INTO cohort (id, name, sector, region, planned_size, starts_on, ends_on, status,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        cohort.id(),
        cohort.name(),
        cohort.sector(),
        cohort.region(),
        cohort.plannedSize(),
        cohort.startsOn() == null ? null : Date.valueOf(cohort.startsOn()),
        cohort.endsOn() == null ? null : Date.valueOf(cohort.endsOn()),
        Status.OPEN.name(),
        Timestamp.from(now));
  }

  boolean exists(String id) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cohort WHERE id = ?", Long.class, id) > 0;
  }

  Optional<Cohort> find(String id) {
    return jdbc
        .query("SELECT " + COHORT_COLUMNS + " FROM cohort c WHERE c.id = ?", COHORT, id)
        .stream()
        .findFirst();
  }

  List<Cohort> all() {
    return jdbc.query(
        "SELECT " + COHORT_COLUMNS + " FROM cohort c ORDER BY c.status DESC, c.starts_on, c.name",
        COHORT);
  }

  void close(String id, Instant now) {
    jdbc.update(
        "UPDATE cohort SET status = ?, closed_at = ? WHERE id = ?",
        Status.CLOSED.name(),
        Timestamp.from(now),
        id);
  }

  void insertMember(Member member) {
    jdbc.update(
        "INSERT INTO cohort_member (business_key, cohort_id, employer_name, joined_at)"
            + " VALUES (?, ?, ?, ?)",
        member.businessKey(),
        member.cohortId(),
        member.employerName(),
        Timestamp.from(member.joinedAt()));
  }

  void deleteMember(String businessKey) {
    jdbc.update("DELETE FROM cohort_member WHERE business_key = ?", businessKey);
  }

  Optional<Member> member(String businessKey) {
    return jdbc
        .query("SELECT * FROM cohort_member WHERE business_key = ?", MEMBER, businessKey)
        .stream()
        .findFirst();
  }

  List<Member> members(String cohortId) {
    return jdbc.query(
        "SELECT * FROM cohort_member WHERE cohort_id = ? ORDER BY employer_name, business_key",
        MEMBER,
        cohortId);
  }

  void insert(Session session) {
    jdbc.update(
        "INSERT INTO cohort_session (id, cohort_id, starts_at, place, note, status)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        session.id(),
        session.cohortId(),
        Timestamp.from(session.startsAt()),
        session.place(),
        session.note(),
        session.status().name());
  }

  void update(Session session) {
    jdbc.update(
        "UPDATE cohort_session SET starts_at = ?, place = ?, note = ?, status = ? WHERE id = ?",
        Timestamp.from(session.startsAt()),
        session.place(),
        session.note(),
        session.status().name(),
        session.id());
  }

  Optional<Session> session(String id) {
    return jdbc.query("SELECT * FROM cohort_session WHERE id = ?", SESSION, id).stream()
        .findFirst();
  }

  List<Session> sessions(String cohortId) {
    return jdbc.query(
        "SELECT * FROM cohort_session WHERE cohort_id = ? ORDER BY starts_at", SESSION, cohortId);
  }

  /** The cohort's next scheduled session that has not begun. */
  Optional<Session> nextSession(String cohortId, Instant now) {
    return jdbc
        .query(
            "SELECT * FROM cohort_session WHERE cohort_id = ? AND status = ? AND starts_at > ?"
                + " ORDER BY starts_at",
            SESSION,
            cohortId,
            SessionStatus.SCHEDULED.name(),
            Timestamp.from(now))
        .stream()
        .findFirst();
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
