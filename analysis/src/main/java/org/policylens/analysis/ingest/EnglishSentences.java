package org.policylens.analysis.ingest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * English sentence splitting with Stanford CoreNLP ({@code tokenize, ssplit}; no models jar needed),
 * one paragraph at a time so that memory stays proportional to a paragraph, not the document.
 * The CoreNLP pipeline is built once, on first use, and kept here (its configuration stays in this class).
 */
final class EnglishSentences {

    private EnglishSentences() {
    }

    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = pipeline();

        private static StanfordCoreNLP pipeline() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit");
            props.setProperty("tokenize.language", "en");
            props.setProperty("ssplit.newlineIsSentenceBreak", "never");
            return new StanfordCoreNLP(props, false);
        }
    }

    /** Longest piece annotated at once; longer paragraphs are cut after a sentence-like end. */
    private static final int CHUNK = 20_000;

    /** Sentences of the paragraph {@code [start, end)} of {@code text}, as spans of the document. */
    static void split(char[] text, int start, int end, SentenceSplitter.Sink sink) {
        int s = start;
        while (end - s > CHUNK) {
            int cut = s + CHUNK;
            for (int i = s + CHUNK - 1; i > s + CHUNK / 2; i--) {
                if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && Chars.blank(text[i + 1])) {
                    cut = i + 1;
                    break;
                }
            }
            annotate(text, s, cut, sink);
            s = cut;
        }
        annotate(text, s, end, sink);
    }

    private static void annotate(char[] text, int start, int end, SentenceSplitter.Sink sink) {
        String paragraph = new String(text, start, end - start);
        Annotation annotation = new Annotation(paragraph);
        Holder.PIPELINE.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens == null || tokens.isEmpty()) continue;
            int s = tokens.get(0).beginPosition();
            int e = tokens.get(tokens.size() - 1).endPosition();
            // keep closing quotes and brackets CoreNLP left outside the sentence
            while (e < paragraph.length() && Chars.closer(paragraph.charAt(e))) e++;
            if (e > s) sink.sentence(start + s, start + e);
        }
    }
}
