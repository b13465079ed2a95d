package org.fairchance.reminders;

/** Mail kinds the reminder machinery sends itself (the processes name theirs in the models). */
public final class MailKinds {

  /** An employer has a new task: what it is, by when, and the personal link. */
  public static final String EMPLOYER_TASK = "employer-task";

  /** An employer task is due soon. */
  public static final String EMPLOYER_TASK_DUE_SOON = "employer-task-due-soon";

  /** An employer task is past its due date. */
  public static final String EMPLOYER_TASK_OVERDUE = "employer-task-overdue";

  /** A staff member's daily list of overdue work. */
  public static final String STAFF_DIGEST = "staff-digest";

  private MailKinds() {}
}
