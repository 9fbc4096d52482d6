package org.blohub.hub.liaison;

import java.time.Instant;
import java.util.List;

/** The overdue REQUESTs of this node's offices, next to the message store they are computed from. */
interface DeadlineStore {

    /** Outbound REQUESTs not FAILED, without a RESPONSE, and not yet recorded as UNANSWERED. */
    List<OpenRequest> openRequests();

    /**
     * Records that a request became overdue; joins the caller's transaction.
     *
     * @return false if it was already recorded for that reason
     */
    boolean record(Overdue overdue, Instant at);

    /** Closes every open overdue record whose request now has a RESPONSE; returns how many. */
    int closeAnswered(Instant at);

    /** The office's overdue requests not closed yet, oldest deadline first. */
    List<OverdueNotice> openNotices(String office);
}
