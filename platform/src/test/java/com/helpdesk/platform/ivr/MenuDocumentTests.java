package com.helpdesk.platform.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.helpdesk.platform.ivr.MenuDocument.OptionDocument;
import com.helpdesk.platform.ivr.MenuDocument.ProductLineDocument;
import com.helpdesk.platform.ivr.MenuDocument.PromptDocument;
import com.helpdesk.platform.ivr.MenuDocument.SeverityQuestionDocument;
import com.helpdesk.telephony.ivr.IvrMenu;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violation;
import com.helpdesk.tenantadmin.Violations;

class MenuDocumentTests {

    private static MenuDocument document(List<String> languages, List<OptionDocument> options,
            Map<String, Map<String, PromptDocument>> prompts) {
        return new MenuDocument(languages, 2, 5, 120, options,
                List.of(new ProductLineDocument("1", "laptop", Map.of("en", new PromptDocument("kunlun/en/laptop", "laptop")))),
                List.of(new SeverityQuestionDocument(1, Map.of())), 3, prompts);
    }

    @Test
    void aValidMenuKeepsTheDefaultPromptsItLeavesOut() {
        IvrMenu defaults = document(List.of("zh", "en"), List.of(new OptionDocument("1", "report-fault")),
                Map.of("welcome", Map.of("en", new PromptDocument("helpdesk/en/welcome", "Welcome"))))
            .check(Violations.collect(), null);

        IvrMenu menu = document(List.of("en"), List.of(new OptionDocument("0", "agent")),
                Map.of("goodbye", Map.of("en", new PromptDocument("acme/en/bye", "<b>Bye</b>"))))
            .check(Violations.collect(), defaults);

        assertThat(menu.prompt("welcome", "en").text()).isEqualTo("Welcome");
        assertThat(menu.prompt("goodbye", "en")).isEqualTo(new IvrMenu.Prompt("acme/en/bye", "<b>Bye</b>"));
        assertThat(menu.option('0')).map(IvrMenu.MenuOption::action).contains(IvrMenu.Action.AGENT);
        assertThat(menu.productLines().getFirst().productLine()).isEqualTo("laptop");
    }

    @Test
    void reportsEveryBrokenFieldWithItsPath() {
        MenuDocument broken = new MenuDocument(List.of("fr"), 9, 1, 5000,
                List.of(new OptionDocument("12", "agent"), new OptionDocument("1", "dance"), new OptionDocument("1", "agent")),
                List.of(new ProductLineDocument("0", "", null)), List.of(new SeverityQuestionDocument(7, null)), 0,
                Map.of("nope", Map.of(), "welcome", Map.of("zh", new PromptDocument("../../etc/passwd", "x"))));

        assertThatThrownBy(() -> broken.check(Violations.collect(), null))
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(Violation::field)
                .contains("languages", "maxRetries", "inputTimeoutSeconds", "maxRecordingSeconds", "defaultSeverity",
                        "options[0].key", "options[1].action", "options[2].key", "productLines[0].key",
                        "productLines[0].productLine", "severityQuestions[0].severity", "prompts.nope",
                        "prompts.welcome.zh.sound"));
    }
}
