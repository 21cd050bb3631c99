package com.helpdesk.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any number of realistic known fixes made from the real corpus, for the benchmark: fix {@code n} is
 * always the same (seeded by {@code n}), so a reload writes the same documents under the same ids.
 *
 * <p>How fix {@code n} is made:
 * <ul>
 * <li>Tenant: one of {@link #TENANTS} ten tenants, chosen with weight 1/(rank+1) (the biggest holds
 * about 34 %, the smallest about 3.4 %). Tenant {@code j} is a copy of the real tenant
 * {@code kunlun}, {@code sunhome} or {@code huaxin} ({@code j mod 3}): it has that tenant's product
 * lines and its reports.</li>
 * <li>Text: report A is drawn from the source tenant's 120; B, C and D from its reports of A's
 * product line and language. Title and symptom are A's; with probability 1/2 one sentence of D's
 * symptom is appended; cause, fix, parts and severity are B's; the model is C's (a sibling model of
 * the same line); resolvedAt is uniform over 2022-2025.</li>
 * <li>Vector: the real embeddings of A and B (as indexed: title + symptom + cause + glossary
 * translations, bge-small-zh), mixed 0.6 A + 0.4 B (the text is A's title and symptom and B's cause),
 * plus Gaussian noise of 0.015 per dimension (cosine to the mix about 0.93), normalised.</li>
 * </ul>
 * So the words keep the corpus' vocabulary and term statistics, the vectors keep its clusters
 * without an embedding per document (hours on two cores), and near-duplicates abound, as in a real
 * help-desk's history.
 */
final class SyntheticFixes {

    static final List<String> TENANTS = List.of("bench-kunlun-1", "bench-sunhome-1", "bench-huaxin-1",
            "bench-kunlun-2", "bench-sunhome-2", "bench-huaxin-2", "bench-kunlun-3", "bench-sunhome-3",
            "bench-huaxin-3", "bench-kunlun-4");
    private static final List<String> SOURCES = List.of("kunlun", "sunhome", "huaxin");
    private static final long SEED = 0x5EED_F1E5L;
    private static final double NOISE = 0.015;
    private static final double MIX = 0.6;
    private static final Instant FIRST_DAY = Instant.parse("2022-01-01T00:00:00Z");
    private static final int DAYS = 4 * 365;
    private static final double[] CUMULATIVE_WEIGHTS = cumulativeWeights();
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?.]+[。！？!?.]?");

    private record Real(KnownFix fix, float[] vector, List<String> symptomSentences) {
    }

    record Made(KnownFix fix, float[] vector) {
    }

    private final Map<String, List<Real>> bySource = new LinkedHashMap<>();
    private final Map<String, List<Real>> byLine = new LinkedHashMap<>();

    SyntheticFixes(List<KnownFix> real, List<float[]> vectors) {
        for (int i = 0; i < real.size(); i++) {
            KnownFix fix = real.get(i);
            Real r = new Real(fix, vectors.get(i), sentences(fix.symptom()));
            bySource.computeIfAbsent(fix.tenantId(), k -> new ArrayList<>()).add(r);
            byLine.computeIfAbsent(lineKey(fix), k -> new ArrayList<>()).add(r);
        }
        if (!bySource.keySet().containsAll(SOURCES)) {
            throw new IllegalArgumentException("The corpus lacks one of the tenants " + SOURCES);
        }
    }

    /** The real tenant whose reports and queries a bench tenant has. */
    static String sourceOf(String benchTenant) {
        return SOURCES.get(TENANTS.indexOf(benchTenant) % SOURCES.size());
    }

    static String id(long n) {
        return "syn-%07d".formatted(n);
    }

    /** The tenant of the synthetic fix with this id (its first random draw), without making it. */
    static String tenantOf(String id) {
        return TENANTS.get(tenantIndex(random(Long.parseLong(id.substring("syn-".length()))).nextDouble()));
    }

    Made make(long n) {
        SplittableRandom random = random(n);
        String tenant = TENANTS.get(tenantIndex(random.nextDouble()));
        List<Real> source = bySource.get(sourceOf(tenant));
        Real a = source.get(random.nextInt(source.size()));
        List<Real> siblings = byLine.get(lineKey(a.fix()));
        Real b = siblings.get(random.nextInt(siblings.size()));
        Real c = siblings.get(random.nextInt(siblings.size()));
        String symptom = a.fix().symptom();
        if (random.nextBoolean()) {
            List<String> extra = siblings.get(random.nextInt(siblings.size())).symptomSentences();
            if (!extra.isEmpty()) {
                symptom = symptom + (chinese(symptom) ? "" : " ") + extra.get(random.nextInt(extra.size()));
            }
        }
        KnownFix fix = new KnownFix(tenant, id(n), a.fix().productLine(), c.fix().model(), a.fix().title(), symptom,
                b.fix().cause(), b.fix().fix(), b.fix().parts(), b.fix().severity(),
                FIRST_DAY.plus(random.nextInt(DAYS), ChronoUnit.DAYS));
        return new Made(fix, vector(a.vector(), b.vector(), random));
    }

    private static SplittableRandom random(long n) {
        return new SplittableRandom(SEED ^ (n * 0x9E3779B97F4A7C15L));
    }

    private static int tenantIndex(double u) {
        for (int j = 0; j < CUMULATIVE_WEIGHTS.length; j++) {
            if (u < CUMULATIVE_WEIGHTS[j]) {
                return j;
            }
        }
        return CUMULATIVE_WEIGHTS.length - 1;
    }

    private static double[] cumulativeWeights() {
        double[] weights = new double[TENANTS.size()];
        double sum = 0;
        for (int j = 0; j < TENANTS.size(); j++) {
            sum += 1.0 / (j + 1);
            weights[j] = sum;
        }
        for (int j = 0; j < TENANTS.size(); j++) {
            weights[j] /= sum;
        }
        return weights;
    }

    private static float[] vector(float[] a, float[] b, SplittableRandom random) {
        float[] v = new float[a.length];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            double x = MIX * a[i] + (1 - MIX) * b[i] + NOISE * random.nextGaussian();
            v[i] = (float) x;
            norm += x * x;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** Same tenant, product line and language: what may be recombined without nonsense. */
    private static String lineKey(KnownFix fix) {
        return fix.tenantId() + "/" + fix.productLine() + "/" + (chinese(fix.title() + fix.symptom()) ? "zh" : "en");
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            if (s.length() > 1) {
                sentences.add(s);
            }
        }
        return sentences;
    }
}
