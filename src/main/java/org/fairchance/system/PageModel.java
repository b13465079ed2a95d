package org.fairchance.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page of ours shows: the chamber's name and logo. */
@ControllerAdvice
class PageModel {

  private final ChamberProperties chamber;

  PageModel(ChamberProperties chamber) {
    this.chamber = chamber;
  }

  @ModelAttribute("chamber")
  ChamberProperties chamber() {
    return chamber;
  }
}
