package org.fairchance.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an employer reports about a first hire, without the person's name. */
public record NewHireReport(
    String businessKey,
    String county,
    String industry,
    String cohortId,
    String referralPartner,
    LocalDate startDate,
    String jobRole,
    BigDecimal hourlyWage,
    BigDecimal hoursPerWeek,
    String employmentType,
    boolean bondRequested,
    LocalDate bondEndDate,
    boolean wotcApplies,
    LocalDate wotcDeadline,
    LocalDate wotcSubmittedOn,
    RaceEthnicity raceEthnicity,
    Gender gender) {}
