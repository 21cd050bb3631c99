package com.helpdesk.pbxsim;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.helpdesk.pbxsim.agi.ScriptedCallers;
import com.helpdesk.pbxsim.pbx.InboundCall;
import com.helpdesk.pbxsim.pbx.Timing;

/**
 * {@code java -jar pbx-simulator.jar [--port 5038] [--username helpdesk] [--secret helpdesk-ami-dev]
 * [--scenario mixed|answered|abandon|transfer|none] [--rate 0.2] [--calls 0] [--speed 1.0]
 * [--hotlines +861088886666=kunlun,...] [--agents 1001,1002] [--no-ivr]
 * [--agi 127.0.0.1:4573 [--ivr-script language=2;main-menu=0]]}
 *
 * <p>With {@code --agi} each call's AGI() step runs the real IVR at that address as a scripted
 * caller (default script: English, then 0, "talk to an agent"); without it the IVR is only a few
 * scripted AGI events.
 *
 * <p>Serves AMI on loopback and, unless the scenario is {@code none}, places hotline calls at
 * {@code rate} per second, taking the hotlines in turn. Originate (click-to-call) always works.
 */
public final class Main {

    /** English, then "talk to an agent" (0 in the demo tenants' main menus). */
    private static final String DEFAULT_IVR_SCRIPT = "language=2;main-menu=0";
    private static final String DEFAULT_HOTLINES = "+861088886666=kunlun,+8653188887777=sunhome,+8657188889999=huaxin";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        if (options.containsKey("help")) {
            System.out.println("options: --port --username --secret --scenario --rate --calls --speed --hotlines --agents --no-ivr --agi --ivr-script");
            return;
        }
        int port = Integer.parseInt(options.getOrDefault("port", "5038"));
        PbxSimulator simulator = PbxSimulator.start(port, options.getOrDefault("username", "helpdesk"),
                options.getOrDefault("secret", "helpdesk-ami-dev"));
        Timing timing = Timing.realistic().scaled(1 / Double.parseDouble(options.getOrDefault("speed", "1.0")));
        simulator.originateTiming(timing);
        if (options.containsKey("agi")) {
            String[] address = options.get("agi").split(":");
            simulator.ivrDriver(new ScriptedCallers(address[0], Integer.parseInt(address[1]),
                    options.getOrDefault("ivr-script", DEFAULT_IVR_SCRIPT)));
        }
        String scenario = options.getOrDefault("scenario", "mixed");
        System.out.println("pbx-simulator: Asterisk Call Manager/9.0.0 on 127.0.0.1:" + simulator.port()
                + ", scenario " + scenario);
        CallLoad load = null;
        if (!scenario.equals("none")) {
            Map<String, String> hotlines = pairs(options.getOrDefault("hotlines", DEFAULT_HOTLINES));
            List<String> agents = Arrays.asList(options.getOrDefault("agents", "1001,1002").split(","));
            CallFactory calls = new CallFactory(scenario, hotlines, agents, timing, !options.containsKey("no-ivr"));
            load = CallLoad.start(simulator, calls::call, Double.parseDouble(options.getOrDefault("rate", "0.2")),
                    Integer.parseInt(options.getOrDefault("calls", "0")));
        }
        CallLoad started = load;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (started != null) {
                started.close();
            }
            simulator.close();
        }));
        new CountDownLatch(1).await();
    }

    /** Builds call {@code n}: hotlines in turn, and for "mixed" 7 answered, 2 abandoned, 1 transferred in 10. */
    private record CallFactory(String scenario, Map<String, String> hotlines, List<String> agents, Timing timing,
            boolean ivr) {

        InboundCall call(int n) {
            List<String> dids = List.copyOf(hotlines.keySet());
            String did = dids.get(n % dids.size());
            InboundCall call = InboundCall.to(did).queue(hotlines.get(did)).ringing(agents.toArray(String[]::new))
                    .answeredBy(agents.get(n % agents.size())).from("+86138" + String.format("%08d", 10_000 + n), "")
                    .timing(timing);
            call = ivr ? call : call.withoutIvr();
            String kind = scenario.equals("mixed") ? mixed(n) : scenario;
            return switch (kind) {
                case "abandon" -> call.abandoned();
                case "transfer" -> agents.size() > 1 ? call.answeredBy(agents.get(0)).transferredTo(agents.get(1)) : call;
                default -> call;
            };
        }

        private static String mixed(int n) {
            int slot = n % 10;
            return slot < 7 ? "answered" : slot < 9 ? "abandon" : "transfer";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(key, flag ? "true" : args[++i]);
        }
        return options;
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split("=", 2);
            pairs.put(parts[0].trim(), parts.length > 1 ? parts[1].trim() : "default");
        }
        return pairs;
    }
}
