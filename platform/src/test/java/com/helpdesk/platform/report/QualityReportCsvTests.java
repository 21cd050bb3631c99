package com.helpdesk.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QualityReportCsvTests {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() {
        assertThat(QualityReportCsv.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(QualityReportCsv.safe("+1+2")).isEqualTo("'+1+2");
        assertThat(QualityReportCsv.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(QualityReportCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(QualityReportCsv.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(QualityReportCsv.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertThat(QualityReportCsv.safe("电源故障 power supply")).isEqualTo("电源故障 power supply");
        assertThat(QualityReportCsv.safe("a=b")).isEqualTo("a=b");
        assertThat(QualityReportCsv.safe("0.5")).isEqualTo("0.5");
        assertThat(QualityReportCsv.safe("")).isEmpty();
        assertThat(QualityReportCsv.safe(null)).isEmpty();
    }
}
