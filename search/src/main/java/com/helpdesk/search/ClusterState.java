package com.helpdesk.search;

/** How the search cluster answers: {@code status} is green, yellow or red. */
public record ClusterState(String clusterName, String status, int nodes) {

    public boolean usable() {
        return "green".equals(status) || "yellow".equals(status);
    }
}
