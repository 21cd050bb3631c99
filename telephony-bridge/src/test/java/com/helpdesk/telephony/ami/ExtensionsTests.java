package com.helpdesk.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionsTests {

    @ParameterizedTest
    @CsvSource({ "PJSIP/1001-0000000a, 1001", "PJSIP/1001, 1001", "SIP/2002-00a1b2c3, 2002",
            "Local/1001@agents-00000001;2, 1001", "Local/1001@agents/n, 1001", "PJSIP/agent-7-0000ff01, agent-7",
            "PJSIP/agent-7, agent-7" })
    void findsTheAgentsExtensionInChannelAndInterfaceNames(String name, String extension) {
        assertThat(Extensions.of(name)).isEqualTo(extension);
    }
}
