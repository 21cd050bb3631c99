package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DemoTermsTests {

    @ParameterizedTest
    @ValueSource(strings = {"kunlun", "sunhome", "huaxin"})
    void eachDemoFileBindsAndValidatesAsADraft(String tenant) {
        ServiceTerms terms = DemoTerms.load(tenant);
        assertThat(terms.tenant()).isEqualTo(tenant);
        assertThat(terms.version()).isNull();
        assertThat(terms.effectiveFrom()).isNull();
        assertThat(terms.locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(terms.levels()).hasSizeBetween(3, 4);
        assertThat(terms.warranty()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kunlun", "sunhome", "huaxin"})
    void demoTermsReadBackEqualAfterWriting(String tenant) {
        ServiceTerms terms = DemoTerms.load(tenant);
        String written = DemoTerms.JSON.writeValueAsString(terms);
        assertThat(DemoTerms.JSON.readValue(written, ServiceTerms.class)).isEqualTo(terms);
    }

    @Test
    void timesOfDayAreWrittenAsWallClockText() {
        String written = DemoTerms.JSON.writeValueAsString(DemoTerms.load("kunlun").calendar());
        assertThat(written).contains("{\"from\":\"08:30\",\"to\":\"21:00\"}").doesNotContain("secondOfDay");
    }

    @Test
    void huaxinReproducesTheFourLevelTable() {
        ServiceTerms huaxin = DemoTerms.load("huaxin");
        assertThat(huaxin.levels()).extracting(SeverityLevel::name)
                .containsExactly("严重/Severe", "主要/Major", "一般/General", "非故障/Non-fault");
        LevelTargets nonFault = huaxin.level(4).targets();
        assertThat(nonFault.restore()).as("n/a").isNull();
        assertThat(nonFault.onSite().get("province").within()).hasHours(10);
        assertThat(huaxin.level(1).targets().escalation().getFirst().after()).isZero();
        assertThat(huaxin.complaintReply().within()).hasMinutes(10);
    }

    @Test
    void aViolationInsideTheJsonComesBackWithItsFieldPath() {
        String broken = DemoTerms.text("huaxin").replace("\"home-city\": {\"within\": \"PT40M\"", "\"moon\": {\"within\": \"PT40M\"");
        DatabindException problem = catchThrowableOfType(DatabindException.class,
                () -> DemoTerms.JSON.readValue(broken, ServiceTerms.class));
        assertThat(problem.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) problem.getCause()).violations()).extracting(Violation::field)
                .containsExactly("levels[0].targets.onSite.moon");
    }

    @Test
    void publishingAssignsVersionAndEffectiveDate() {
        ServiceTerms draft = DemoTerms.load("sunhome");
        ServiceTerms published = draft.published(1, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.levels()).isEqualTo(draft.levels());
    }
}
