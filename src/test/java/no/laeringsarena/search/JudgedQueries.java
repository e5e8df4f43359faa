package no.laeringsarena.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A judged query set (query, graded relevant documents) and nDCG@k of a ranking against it. */
public final class JudgedQueries {

    /** One query and its graded documents. */
    public record Judgement(String query, Map<String, Integer> grades) {
    }

    private JudgedQueries() {
    }

    /** Reads {@code query<TAB>id=grade, id=grade} lines; # starts a comment. */
    public static List<Judgement> read(String resource) throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (InputStream in = JudgedQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                Map<String, Integer> grades = new LinkedHashMap<>();
                for (String judged : parts[1].split(",")) {
                    String[] idGrade = judged.strip().split("=");
                    grades.put(idGrade[0].strip(), Integer.parseInt(idGrade[1].strip()));
                }
                judgements.add(new Judgement(parts[0].strip(), grades));
            }
        }
        return judgements;
    }

    /** nDCG@k of the ranked ids: gains 2^grade - 1, log2 discount; 1.0 when the ideal order is returned. */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
