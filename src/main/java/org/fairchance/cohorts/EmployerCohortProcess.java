package org.fairchance.cohorts;

/**
 * Ids of {@code processes/employer-cohort.bpmn}: employers with shared hiring needs go through the
 * program together, in the five steps Plan, Partner, Equip, Implement and Sustain (periodic
 * reviews, then close). The cohort's id is the business key of its process instance.
 */
public final class EmployerCohortProcess {

  public static final String KEY = "employer-cohort";

  public static final class Elements {
    public static final String START_COHORT_PLANNED = "StartEvent_CohortPlanned";
    public static final String REGISTER_COHORT = "ServiceTask_RegisterCohort";
    public static final String TASK_INVITE_PARTNERS = "Task_InvitePartners";
    public static final String TASK_SCHEDULE_SESSIONS = "Task_ScheduleSessions";
    public static final String TASK_FOLLOW_PROGRESS = "Task_FollowProgress";
    public static final String TIMER_NEXT_COHORT_REVIEW = "Timer_NextCohortReview";
    public static final String TASK_REVIEW_COHORT = "Task_ReviewCohort";
    public static final String GATEWAY_KEEP_COHORT_GOING = "Gateway_KeepCohortGoing";
    public static final String CLOSE_COHORT = "ServiceTask_CloseCohort";
    public static final String END_COHORT_CLOSED = "EndEvent_CohortClosed";

    private Elements() {}
  }

  public static final class Forms {
    public static final String PLAN = "cohort-plan";
    public static final String PARTNERS = "cohort-partners";
    public static final String SESSIONS = "cohort-sessions";
    public static final String PROGRESS = "cohort-progress";
    public static final String REVIEW = "cohort-review";

    private Forms() {}
  }

  public static final class Variables {
    /**
     * The cohort's id, also set on every member's journey (and its stages): the dashboard filters
     * journeys by it, and cohort messages correlate by it.
     */
    public static final String COHORT_ID = "cohortId";

    /** The cohort's name, also set on every member's journey. */
    public static final String COHORT_NAME = "cohortName";

    public static final String SECTOR = "cohortSector";
    public static final String REGION = "cohortRegion";
    public static final String PLANNED_SIZE = "cohortPlannedSize";

    /** Dates as the form sends them: {@code 2027-03-02}. */
    public static final String STARTS_ON = "cohortStartsOn";

    public static final String ENDS_ON = "cohortEndsOn";
    public static final String GOALS = "cohortGoals";
    public static final String PARTNERS = "cohortPartners";
    public static final String INVITATION_NOTE = "cohortInvitationNote";
    public static final String PEER_LEARNING_PLAN = "cohortPeerLearningPlan";
    public static final String PROGRESS_NOTE = "cohortProgressNote";
    public static final String REVIEW_NOTE = "cohortReviewNote";

    /** {@code keep-going} or {@code close}. */
    public static final String REVIEW_DECISION = "cohortReviewDecision";

    private Variables() {}
  }

  public static final class Values {
    public static final String KEEP_GOING = "keep-going";
    public static final String CLOSE = "close";

    private Values() {}
  }

  private EmployerCohortProcess() {}
}
