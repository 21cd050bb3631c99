package com.helpdesk.tenantadmin.terms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionZoneTests {

    @Test
    void aProvinceCodeCoversItsPrefecturesAndCounties() {
        RegionZone beijing = RegionZone.of("Beijing", "110000");
        assertThat(beijing.covers("110105")).isTrue();
        assertThat(beijing.covers("110000")).isTrue();
        assertThat(beijing.covers("120101")).isFalse();
    }

    @Test
    void aPrefectureCodeCoversOnlyItsOwnCounties() {
        RegionZone suzhou = RegionZone.of("Suzhou", "320500");
        assertThat(suzhou.covers("320505")).isTrue();
        assertThat(suzhou.covers("320102")).isFalse();
        assertThat(RegionZone.significantPrefix("110000")).isEqualTo("11");
        assertThat(RegionZone.significantPrefix("320505")).isEqualTo("320505");
    }

    @Test
    void theCatchAllZoneTakesWhatNoOtherZoneCovers() {
        ServiceTerms kunlun = DemoTerms.load("kunlun");
        assertThat(kunlun.zoneOf("110105")).map(RegionZone::name).hasValue("Beijing");
        assertThat(kunlun.zoneOf("130100")).map(RegionZone::name).hasValue("around Beijing");
        assertThat(kunlun.zoneOf("440300")).map(RegionZone::name).hasValue("other provinces");
        assertThat(DemoTerms.load("huaxin").zoneOf("440300")).isEmpty();
    }
}
