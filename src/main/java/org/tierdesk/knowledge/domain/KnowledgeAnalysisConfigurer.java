package org.tierdesk.knowledge.domain;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.fi.FinnishLightStemFilterFactory;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.it.ItalianLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index: one per article language (stop words, then accent
 * folding, then the language's stemmer, so that "é" and "e" meet in the same stem), and
 * {@code text} for tickets, whose language is not known (folding, no stemming).
 */
public class KnowledgeAnalysisConfigurer implements LuceneAnalysisConfigurer {

	private static final String SNOWBALL = "org/apache/lucene/analysis/snowball/";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("en")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", SNOWBALL + "english_stop.txt")
			.param("format", "snowball")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "English");
		context.analyzer("nl")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", SNOWBALL + "dutch_stop.txt")
			.param("format", "snowball")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Dutch");
		context.analyzer("id")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/id/stopwords.txt")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(IndonesianStemFilterFactory.class);
		context.analyzer("it")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("articles", "knowledge/italian-articles.txt")
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", SNOWBALL + "italian_stop.txt")
			.param("format", "snowball")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(ItalianLightStemFilterFactory.class);
		context.analyzer("fi")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", SNOWBALL + "finnish_stop.txt")
			.param("format", "snowball")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(FinnishLightStemFilterFactory.class);
		context.analyzer("text")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.normalizer("lowercase")
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
