package com.helpdesk.tenantadmin.terms;

import com.helpdesk.tenantadmin.entitlement.Device;
import com.helpdesk.tenantadmin.entitlement.EntitlementAssessment;
import com.helpdesk.tenantadmin.entitlement.Remedy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md section 4 on the demo terms: what the agent reads to a caller. */
class DemoEntitlementTests {

    @Test
    void aKunlunLaptopOnDayFiveMayGoBack() {
        ServiceTerms kunlun = DemoTerms.load("kunlun");
        Device laptop = new Device("laptop", LocalDate.parse("2026-03-02"), null, LocalDate.parse("2026-03-04"), true);
        EntitlementAssessment assessment = kunlun.entitlementEvaluator("laptop")
                .evaluate(laptop, List.of(), Instant.parse("2026-03-06T02:00:00Z"), kunlun.calendar().zone());
        assertThat(assessment.openRemedies()).containsExactlyInAnyOrder(Remedy.RETURN, Remedy.EXCHANGE, Remedy.REPAIR);
        assertThat(assessment.sentences(kunlun.locale())).containsExactly(
                "购买后第5天：客户可选择退货、换货或维修（三包，7天内可退货）。",
                "保修卡已于2026-03-04按时收到。",
                "整机 whole unit：保修期内，至2027-03-01止（自购买之日起12个月）。",
                "主要部件 main components (CPU, motherboard, memory, hard disk, display, power adapter)：保修期内，至2028-03-01止（自购买之日起24个月）。",
                "购买后第5天：未使用的商品可于2026-03-31前无理由退货（30天无理由退货）。");
    }

    @Test
    void aSunhomeHeaterCountsFromAcceptance() {
        ServiceTerms sunhome = DemoTerms.load("sunhome");
        Device heater = new Device("solar-water-heater", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-20"), null, false);
        EntitlementAssessment assessment = sunhome.entitlementEvaluator("solar-water-heater")
                .evaluate(heater, List.of(), LocalDate.parse("2027-06-01"));
        assertThat(assessment.sentences(sunhome.locale())).containsExactly(
                "主机 main unit (tank, collector tubes, frame)：保修期内，至2029-03-19止（自验收合格之日起36个月）。",
                "管路及电器 pipes and electrics：已过保修期，保修至2027-03-19止（自验收合格之日起12个月）。",
                "保修期外（管路及电器 pipes and electrics）：收取配件费、人工费CNY 80.00，上门费CNY 50.00；维修前须出示收费标准并征得客户同意。");
    }
}
