package org.tierdesk.knowledge.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.KnowledgeProperties;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.ticket.TicketScope;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.knowledge.SearchRequest;
import org.tierdesk.knowledge.SearchType;
import org.tierdesk.knowledge.SimilarTicket;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * The queries on the search index. A user's words are never parsed as a query language:
 * they are analysed like the indexed text and matched as plain words (exactly, and with
 * one typo), so operators, quotes or markup in them are just characters.
 */
@Component
class KnowledgeSearch {

	/** Most words of a query that are searched; the rest are ignored. */
	static final int MAX_WORDS = 16;

	private static final int SNIPPET = 180;

	private final EntityManagerFactory entityManagerFactory;

	private final TicketDocumentRepository ticketDocuments;

	private final ArticleRepository articles;

	private final KnowledgeProperties properties;

	private final IndexMappingVersion mappingVersion;

	KnowledgeSearch(EntityManagerFactory entityManagerFactory, TicketDocumentRepository ticketDocuments,
			ArticleRepository articles, KnowledgeProperties properties, IndexMappingVersion mappingVersion) {
		this.entityManagerFactory = entityManagerFactory;
		this.mappingVersion = mappingVersion;
		this.ticketDocuments = ticketDocuments;
		this.articles = articles;
		this.properties = properties;
	}

	/**
	 * Articles for the reader, best first. Answered from the index's stored fields (no
	 * entity is loaded); the articles of the hits are re-checked against the database in
	 * one query.
	 */
	public List<SearchHit> articles(String query, String language, Reader reader, int limit) {
		String words = words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		return articleHits(words, language, reader, Math.max(1, Math.min(limit, SearchRequest.MAX_LIMIT)));
	}

	/** Articles, tickets and solutions, best first, from the index's stored fields. */
	public List<SearchHit> everything(SearchRequest request, Reader reader) {
		String words = words(request.query());
		if (words.isEmpty()) {
			return List.of();
		}
		List<SearchHit> hits = new ArrayList<>();
		if (request.types().contains(SearchType.ARTICLE) && request.status() == null && request.tierId() == null) {
			hits.addAll(articleHits(words, KnowledgeLanguages.normalize(request.language()), reader, request.limit()));
		}
		if (request.types().contains(SearchType.TICKET)) {
			hits.addAll(ticketHits(words, request, reader, false));
		}
		if (request.types().contains(SearchType.SOLUTION)) {
			hits.addAll(ticketHits(words, request, reader, true));
		}
		hits.sort(Comparator.comparing(SearchHit::score).reversed());
		return hits.subList(0, Math.min(hits.size(), request.limit()));
	}

	@Transactional(readOnly = true)
	public List<SimilarTicket> similarSolved(String number, int limit, Reader reader) {
		if (reader.tickets().isEmpty()) {
			return List.of();
		}
		TicketDocument ticket = this.ticketDocuments.findByNumber(number.strip().toUpperCase(java.util.Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("ticket.notFound", "There is no ticket {0}.", number));
		String text = ticket.getSubject() + " " + ((ticket.getMessages() != null)
				? ticket.getMessages().substring(0, Math.min(ticket.getMessages().length(), 600)) : "");
		String words = limitWords(text, 40);
		if (words.isEmpty()) {
			return List.of();
		}
		List<List<?>> rows = inSession((session) -> session.search(TicketDocument.class)
			.select((f) -> f.composite()
				.from(f.field("number", String.class), f.field("subject", String.class),
						f.field("solution", String.class), f.field("cause", String.class),
						f.field("resolvedAt", Instant.class), f.score())
				.asList())
			.where((f) -> f.bool((b) -> {
				b.must(f.match()
					.field("subject")
					.boost(2f)
					.field("solution")
					.field("cause")
					.field("messages")
					.matching(words));
				b.filter(f.exists().field("solution"));
				b.mustNot(f.match().field("number").matching(ticket.getNumber()));
				ticketScope(f, b, reader.tickets());
			}))
			.fetchHits(Math.max(1, Math.min(limit, 50))));
		return rows.stream()
			.map((row) -> new SimilarTicket((String) row.get(0), (String) row.get(1), (String) row.get(2),
					(String) row.get(3), (Instant) row.get(4), (Float) row.get(5)))
			.toList();
	}

	/** How many documents this node's index holds. */
	long indexedCount() {
		EntityManager em = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(em);
			return session.search(session.scope(Object.class)).where((f) -> f.matchAll()).fetchTotalHitCount();
		}
		finally {
			em.close();
		}
	}

	/**
	 * Whether the index is empty while the database has article texts or ticket copies.
	 */
	boolean indexIsBehind() {
		EntityManager em = this.entityManagerFactory.createEntityManager();
		try {
			SearchSession session = Search.session(em);
			long indexed = session.search(session.scope(Object.class)).where((f) -> f.matchAll()).fetchTotalHitCount();
			if (indexed > 0) {
				return false;
			}
			long rows = em.createQuery("select count(t) from ArticleTranslation t", Long.class).getSingleResult()
					+ em.createQuery("select count(d) from TicketDocument d", Long.class).getSingleResult();
			return rows > 0;
		}
		finally {
			em.close();
		}
	}

	/**
	 * Indexes everything without emptying the index first: only for an empty index (the
	 * mass indexer adds documents, so over a filled index every document would be there
	 * twice).
	 */
	void massIndexWithoutPurge() {
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.purgeAllOnStart(false)
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(100)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Re-reads every article text and ticket copy from the database into the index. */
	public void massIndex() {
		try {
			Search.mapping(this.entityManagerFactory)
				.scope(Object.class)
				.massIndexer()
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(100)
				.startAndWait();
			this.mappingVersion.markCurrent();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
	}

	private List<SearchHit> articleHits(String words, String language, Reader reader, int limit) {
		List<String> languages = KnowledgeLanguages.SUPPORTED;
		String typos = withoutExactMatch(words, (word) -> found(ArticleTranslation.class, (f) -> f.bool((b) -> {
			b.must(f.bool((text) -> {
				for (String l : languages) {
					text.should(f.match().field("title_" + l).field("body_" + l).matching(word));
				}
			}));
			visibility(f, b, reader);
		})));
		List<List<?>> rows = inSession((session) -> session.search(ArticleTranslation.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.score(), f.field("article.id", Long.class), f.field("title", String.class),
						f.field("language", String.class), f.field("article.status", ArticleStatus.class),
						f.field("article.visibility", Visibility.class),
						f.field("article.departmentIds", Long.class).list(),
						f.field("article.updatedAt", Instant.class))
				.asList())
			.where((f) -> f.bool((b) -> {
				b.must(f.bool((text) -> {
					for (String l : languages) {
						text.should(f.match().field("title_" + l).boost(3f).field("body_" + l).matching(words));
						if (!typos.isEmpty()) {
							text.should(f.match()
								.field("title_" + l)
								.boost(1.5f)
								.field("body_" + l)
								.matching(typos)
								.fuzzy(1, 1)
								.boost(0.5f));
						}
					}
				}));
				visibility(f, b, reader);
				if (language != null) {
					b.should(f.match().field("language").matching(language).boost(2f));
				}
			}))
			.fetchHits(limit * 3));
		Map<Long, List<?>> best = new LinkedHashMap<>();
		for (List<?> row : rows) {
			Long articleId = (Long) row.get(2);
			if (articleId != null && !best.containsKey(articleId) && best.size() < limit && ArticleRules
				.visibleTo((ArticleStatus) row.get(5), (Visibility) row.get(6), (List<Long>) row.get(7), reader)) {
				best.put(articleId, row);
			}
		}
		best.keySet().retainAll(stillVisible(best.keySet(), reader));
		Map<Long, String> snippets = articleSnippets(best.values().stream().map((row) -> (Long) row.get(0)).toList(),
				words);
		return best.values().stream().map((row) -> {
			ArticleStatus status = (ArticleStatus) row.get(5);
			return new SearchHit(SearchType.ARTICLE, String.valueOf(row.get(2)), (String) row.get(3),
					snippets.getOrDefault((Long) row.get(0), ""), (String) row.get(4),
					(status != null) ? status.apiName() : null, (Float) row.get(1), (Instant) row.get(8));
		}).toList();
	}

	/**
	 * The snippets of the article texts found: their bodies highlighted by a second query
	 * on just these documents with the words as they are. Highlighting the search query
	 * itself would rebuild the typo automata for every document and field, which cost
	 * most of the time of a search.
	 */
	private Map<Long, String> articleSnippets(List<Long> textIds, String words) {
		if (textIds.isEmpty()) {
			return Map.of();
		}
		List<String> languages = KnowledgeLanguages.SUPPORTED;
		List<List<?>> rows = inSession((session) -> session.search(ArticleTranslation.class).select((f) -> {
			List<ProjectionFinalStep<?>> projections = new ArrayList<>();
			projections.add(f.id(Long.class));
			for (String l : languages) {
				projections.add(f.highlight("body_" + l));
			}
			return f.composite().from(projections.toArray(ProjectionFinalStep[]::new)).asList();
		}).where((f) -> f.bool((b) -> {
			b.filter(f.id().matchingAny(textIds));
			for (String l : languages) {
				b.should(f.match().field("body_" + l).matching(words));
			}
		})).highlighter(KnowledgeSearch::snippet).fetchHits(textIds.size()));
		Map<Long, String> snippets = new HashMap<>();
		for (List<?> row : rows) {
			snippets.put((Long) row.get(0), first(row.subList(1, row.size())));
		}
		return snippets;
	}

	/**
	 * The articles among these that the reader may still see according to the database
	 * (the index of this node may be a moment behind a change of visibility or status).
	 */
	private Set<Long> stillVisible(Set<Long> articleIds, Reader reader) {
		if (reader.isAdmin() || articleIds.isEmpty()) {
			return articleIds;
		}
		Map<Long, Object[]> access = new HashMap<>();
		Map<Long, Set<Long>> departments = new HashMap<>();
		for (Object[] row : this.articles.access(articleIds)) {
			Long id = (Long) row[0];
			access.put(id, row);
			Set<Long> ids = departments.computeIfAbsent(id, (k) -> new HashSet<>());
			if (row[3] != null) {
				ids.add((Long) row[3]);
			}
		}
		Set<Long> visible = new HashSet<>();
		access.forEach((id, row) -> {
			if (ArticleRules.visibleTo((ArticleStatus) row[1], (Visibility) row[2], departments.get(id), reader)) {
				visible.add(id);
			}
		});
		return visible;
	}

	private static void visibility(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, Reader reader) {
		if (!reader.isStaff()) {
			b.filter(f.match().field("article.status").matching(ArticleStatus.PUBLISHED));
			b.filter(f.match().field("article.visibility").matching(Visibility.PUBLIC));
			return;
		}
		b.mustNot(f.match().field("article.status").matching(ArticleStatus.ARCHIVED));
		if (!reader.isAdmin()) {
			b.filter(f.bool((v) -> {
				v.should(f.terms().field("article.visibility").matchingAny(Visibility.PUBLIC, Visibility.INTERNAL));
				if (!reader.departmentIds().isEmpty()) {
					v.should(f.terms().field("article.departmentIds").matchingAny(reader.departmentIds()));
				}
			}));
		}
	}

	private List<SearchHit> ticketHits(String words, SearchRequest request, Reader reader, boolean solutions) {
		if (reader.tickets().isEmpty()) {
			return List.of();
		}
		// the existence check sees only the reader's tickets too: whether a word occurs
		// in
		// another department's tickets is not the reader's to learn
		String typos = withoutExactMatch(words, (word) -> found(TicketDocument.class, (f) -> f.bool((b) -> {
			b.must(solutions ? f.match().field("solution").field("cause").field("subject").matching(word)
					: f.match().field("subject").field("messages").field("requesterName").matching(word));
			ticketScope(f, b, reader.tickets());
		})));
		List<List<?>> rows = inSession((session) -> session.search(TicketDocument.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.score(), f.field("number", String.class), f.field("subject", String.class),
						f.field("status", String.class), f.field(solutions ? "resolvedAt" : "updatedAt", Instant.class))
				.asList())
			.where((f) -> f.bool((b) -> {
				b.must(f.bool((text) -> {
					if (solutions) {
						text.should(
								f.match().field("solution").boost(2f).field("cause").field("subject").matching(words));
						if (!typos.isEmpty()) {
							text.should(f.match()
								.field("solution")
								.field("cause")
								.field("subject")
								.matching(typos)
								.fuzzy(1, 1)
								.boost(0.5f));
						}
					}
					else {
						text.should(f.match().field("number").matching(words).boost(10f));
						text.should(f.match().field("requesterEmail").matching(words).boost(5f));
						text.should(f.match()
							.field("subject")
							.boost(3f)
							.field("messages")
							.field("requesterName")
							.boost(2f)
							.matching(words));
						if (!typos.isEmpty()) {
							text.should(f.match()
								.field("subject")
								.field("messages")
								.field("requesterName")
								.matching(typos)
								.fuzzy(1, 1)
								.boost(0.5f));
						}
					}
				}));
				if (solutions) {
					b.filter(f.exists().field("solution"));
				}
				filters(f, b, request);
				ticketScope(f, b, reader.tickets());
			}))
			.fetchHits(request.limit()));
		Map<Long, List<String>> snippets = ticketSnippets(rows.stream().map((row) -> (Long) row.get(0)).toList(), words,
				solutions ? "solution" : "messages");
		List<SearchHit> hits = new ArrayList<>();
		for (List<?> row : rows) {
			if (row.get(2) == null) {
				// written with an older mapping, until the start-up re-index reaches it
				continue;
			}
			List<String> snippet = snippets.getOrDefault((Long) row.get(0), List.of("", ""));
			String title = snippet.get(1).isEmpty() ? org.jsoup.nodes.Entities.escape(String.valueOf(row.get(3)))
					: snippet.get(1);
			String status = (String) row.get(4);
			hits.add(new SearchHit(solutions ? SearchType.SOLUTION : SearchType.TICKET, (String) row.get(2), title,
					snippet.get(0), null, (status != null) ? status.toLowerCase(java.util.Locale.ROOT) : null,
					(Float) row.get(1), (Instant) row.get(5)));
		}
		return hits;
	}

	/**
	 * Text and subject snippets of the tickets found, highlighted by a second query on
	 * just these documents with the words as they are (see {@link #articleSnippets}).
	 */
	private Map<Long, List<String>> ticketSnippets(List<Long> ticketIds, String words, String textField) {
		if (ticketIds.isEmpty()) {
			return Map.of();
		}
		List<List<?>> rows = inSession((session) -> session.search(TicketDocument.class)
			.select((
					f) -> f.composite().from(f.id(Long.class), f.highlight(textField), f.highlight("subject")).asList())
			.where((f) -> f.bool((b) -> {
				b.filter(f.id().matchingAny(ticketIds));
				b.should(f.match().field(textField).field("subject").matching(words));
			}))
			.highlighter(KnowledgeSearch::snippet)
			.fetchHits(ticketIds.size()));
		Map<Long, List<String>> snippets = new HashMap<>();
		for (List<?> row : rows) {
			snippets.put((Long) row.get(0), List.of(first(row.subList(1, 2)), first(row.subList(2, 3))));
		}
		return snippets;
	}

	private static HighlighterOptionsStep<?> snippet(SearchHighlighterFactory h) {
		return h.unified()
			.tag("<mark>", "</mark>")
			.encoder(HighlighterEncoder.HTML)
			.numberOfFragments(1)
			.noMatchSize(SNIPPET);
	}

	/** The first fragment of the first of these highlight projections that has one. */
	private static String first(List<?> highlights) {
		for (Object fragments : highlights) {
			if (!((List<?>) fragments).isEmpty()) {
				return (String) ((List<?>) fragments).get(0);
			}
		}
		return "";
	}

	/**
	 * The words that match nothing as they are: only these are matched with one typo.
	 * Fuzzy matching is the most expensive part of a query (an automaton per word and
	 * field, and every similar word's documents scored), and a word found as it is was
	 * most likely meant as it is.
	 */
	private static String withoutExactMatch(String words, java.util.function.Predicate<String> found) {
		return new java.util.LinkedHashSet<>(List.of(words.split(" "))).stream()
			.filter((word) -> !word.isEmpty() && !found.test(word))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	/**
	 * Whether any document of this type matches (the first one found ends the search).
	 */
	private boolean found(Class<?> type, Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
		return !inSession((session) -> session.search(type)
			.select((f) -> f.id())
			.where(predicate)
			.sort((f) -> f.indexOrder())
			.fetchHits(1)).isEmpty();
	}

	/**
	 * Only tickets of the departments the reader sees (ADR 0022): confidential
	 * departments' tickets never show up for anyone else.
	 */
	private static void ticketScope(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, TicketScope scope) {
		if (!scope.everything()) {
			b.filter(f.terms().field("departmentId").matchingAny(scope.departmentIds()));
		}
	}

	private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, SearchRequest request) {
		if (request.status() != null) {
			b.filter(f.match().field("status").matching(request.status().toUpperCase(java.util.Locale.ROOT)));
		}
		if (request.tierId() != null) {
			b.filter(f.match().field("tierId").matching(request.tierId()));
		}
		if (request.departmentId() != null) {
			b.filter(f.match().field("departmentId").matching(request.departmentId()));
		}
		if (request.from() != null || request.to() != null) {
			b.filter(f.range().field("updatedAt").between(request.from(), request.to()));
		}
	}

	/**
	 * The words to search: refused when absurdly long, else at most {@link #MAX_WORDS}
	 * words without control characters.
	 */
	String words(String query) {
		if (query == null) {
			return "";
		}
		if (query.length() > this.properties.maxQueryLength()) {
			throw new InvalidInputException("q", "knowledge.error.queryTooLong", "Search with at most {0} characters.",
					this.properties.maxQueryLength());
		}
		return limitWords(query, MAX_WORDS);
	}

	static String limitWords(String text, int max) {
		String clean = text.replaceAll("[\\p{Cntrl}&&[^\\s]]", " ").strip();
		if (clean.isEmpty()) {
			return "";
		}
		String[] words = clean.split("\\s+");
		return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, max)));
	}

	/**
	 * Runs a query in a session of its own, outside any transaction: the queries project
	 * stored fields and never touch the database, so no connection is taken.
	 */
	private <T> T inSession(Function<SearchSession, T> query) {
		EntityManager em = this.entityManagerFactory.createEntityManager();
		try {
			return query.apply(Search.session(em));
		}
		finally {
			em.close();
		}
	}

	static Set<SearchType> all() {
		return Set.of(SearchType.values());
	}

}
