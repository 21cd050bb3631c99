package com.helpdesk.pbxsim.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Asterisk's answers, line for line, as the simulated caller gives them. */
class AgiClientSessionTests {

    private final AgiCallSetup setup = AgiCallSetup.call("+861088886666", "+8613800138000");

    private AgiClientSession session(AgiScenario scenario) {
        return new AgiClientSession(setup, scenario);
    }

    @Test
    void splitsCommandsAsAsteriskDoes() {
        AgiCommand command = AgiCommand.parse("SET VARIABLE \"HELPDESK_NOTE\" \"say \\\"hi\\\" now\"");

        assertThat(command.verb()).isEqualTo("SET VARIABLE");
        assertThat(command.args()).containsExactly("HELPDESK_NOTE", "say \"hi\" now");
        assertThat(AgiCommand.parse("GET FULL VARIABLE \"${CALLERID(num)}\"").verb()).isEqualTo("GET FULL VARIABLE");
        assertThat(AgiCommand.parse("STREAM FILE \"helpdesk/zh/welcome\" \"\"").args())
            .containsExactly("helpdesk/zh/welcome", "");
    }

    @Test
    void getDataAnswersKeysTimeoutsAndTheHashKeyAsAsteriskDoes() {
        AgiClientSession session = session(AgiScenario.caller()
            .press("main-menu", "1")
            .press("enter-phone", "13800138000#")
            .press("enter-ticket", "1000")
            .silence("main-menu"));

        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/main-menu\" 5000 1")))
            .containsExactly("200 result=1");
        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/enter-phone\" 5000 15")))
            .containsExactly("200 result=13800138000");
        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/enter-ticket\" 5000 12")))
            .containsExactly("200 result=1000 (timeout)");
        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/main-menu\" 5000 1")))
            .containsExactly("200 result= (timeout)");
    }

    @Test
    void aHangUpIsAnnouncedThenEveryCommandMeetsADeadChannel() {
        AgiClientSession session = session(AgiScenario.caller().hangUpAt("main-menu"));

        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/main-menu\" 5000 1")))
            .containsExactly("HANGUP", "200 result=-1");
        assertThat(session.answer(AgiCommand.parse("STREAM FILE \"helpdesk/en/goodbye\" \"\"")))
            .containsExactly(AgiClientSession.DEAD);
        assertThat(session.transcript(java.util.List.of()).callerHungUp()).isTrue();
    }

    @Test
    void recordsForAsLongAsTheCallerSpeaks() {
        AgiClientSession session = session(AgiScenario.caller().speak(Duration.ofSeconds(3)));

        assertThat(session.answer(AgiCommand.parse("RECORD FILE \"/tmp/x-fault-1\" \"wav\" \"#\" 120000 0 BEEP s=5")))
            .containsExactly("200 result=35 (dtmf) endpos=24000");
    }

    @Test
    void aPromptTheScriptDidNotExpectIsAProblemAndEndsTheCall() {
        AgiClientSession session = session(AgiScenario.caller().press("main-menu", "1"));

        assertThat(session.answer(AgiCommand.parse("GET DATA \"helpdesk/en/identify\" 5000 1")))
            .containsExactly("HANGUP", "200 result=-1");
        assertThat(session.transcript(java.util.List.of()).problems()).hasSize(2)
            .anySatisfy(p -> assertThat(p).contains("helpdesk/en/identify"))
            .anySatisfy(p -> assertThat(p).startsWith("never reached"));
    }

    @Test
    void answersTheLinkedidAndTheVariablesTheIvrSet() {
        AgiClientSession session = session(AgiScenario.caller());

        assertThat(session.answer(AgiCommand.parse("GET VARIABLE \"CHANNEL(linkedid)\"")))
            .containsExactly("200 result=1 (" + setup.linkedId() + ")");
        assertThat(session.answer(AgiCommand.parse("GET VARIABLE \"HELPDESK_QUEUE\""))).containsExactly("200 result=0");
        session.answer(AgiCommand.parse("SET VARIABLE \"HELPDESK_QUEUE\" \"kunlun\""));
        assertThat(session.answer(AgiCommand.parse("GET VARIABLE \"HELPDESK_QUEUE\"")))
            .containsExactly("200 result=1 (kunlun)");
    }

    @Test
    void readsAScenarioWrittenOnOneLine() {
        AgiScenario scenario = AgiScenario.parse("language=2; main-menu=~; main-menu=1; speak=12; confirm-recording=!");

        assertThat(scenario.steps()).containsExactly(new AgiScenario.Press("language", "2"),
                new AgiScenario.Silence("main-menu"), new AgiScenario.Press("main-menu", "1"),
                new AgiScenario.Speak("", Duration.ofSeconds(12)),
                new AgiScenario.HangUp("confirm-recording", AgiScenario.Hangup.HANGUP_LINE));
    }
}
