package com.helpdesk.search;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Turns text into a vector of its meaning, in process: the quantised {@code bge-small-zh-v1.5}
 * model shipped inside a Maven artifact, run by ONNX Runtime (nothing is downloaded). It places
 * {@code 开不了机} near {@code 无法开机} and an English complaint near a Chinese report of the same
 * fault, which words alone cannot. One instance per application: it holds the model (~100 MB).
 * Thread-safe.
 */
public final class TextEncoder {

    public static final int DIMENSIONS = 512;

    /**
     * The instruction bge models are trained with for short queries against passages (the model
     * card's retrieval prompt); the passages themselves are encoded without one.
     */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final EmbeddingModel model;

    private TextEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model from the class path; takes a second or two. */
    public static TextEncoder load() {
        return new TextEncoder(new BgeSmallZhV15QuantizedEmbeddingModel());
    }

    float[] query(String text) {
        return model.embed(QUERY_INSTRUCTION + text).content().vector();
    }

    float[] passage(String text) {
        return model.embed(text).content().vector();
    }

    List<float[]> passages(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
            .map(e -> e.vector())
            .toList();
    }
}
