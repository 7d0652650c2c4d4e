package org.exportalliance.portal.fair;

/** Orders a fair list supports; every order ends with the id so pages never overlap. */
public enum FairSort {
    START_DATE("start_date asc, id asc"),
    START_DATE_DESC("start_date desc, id desc"),
    NAME("lower(name_en) asc, id asc"),
    COUNTRY("country asc, start_date asc, id asc");

    private final String sql;

    FairSort(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }
}
