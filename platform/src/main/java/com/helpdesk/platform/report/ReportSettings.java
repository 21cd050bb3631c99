package com.helpdesk.platform.report;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the quality report is made ({@code helpdesk.report.*}).
 *
 * @param reopenWindow a resolved ticket reopened within this time after its first resolution was not
 *                     fixed the first time (30 days: a fault back within a month is the same fault)
 * @param topCauses    how many causes the report names one by one; the rest are summed as "other"
 * @param repeatRows   how many repeat faults (device and cause) the report lists, most repaired first
 * @param pdfFont      a TrueType font or collection with Chinese glyphs that the PDF embeds
 *                     (Debian's fonts-wqy-microhei, installed by {@code infra/lib/fonts.sh})
 */
@Validated
@ConfigurationProperties("helpdesk.report")
record ReportSettings(@NotNull @DefaultValue("30d") Duration reopenWindow,
        @Positive @Max(100) @DefaultValue("15") int topCauses, @Positive @Max(500) @DefaultValue("50") int repeatRows,
        @NotNull @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path pdfFont) {
}
