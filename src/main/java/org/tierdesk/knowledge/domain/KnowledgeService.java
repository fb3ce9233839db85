package org.tierdesk.knowledge.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.knowledge.ArticleAction;
import org.tierdesk.knowledge.ArticleAttachmentView;
import org.tierdesk.knowledge.ArticleFile;
import org.tierdesk.knowledge.ArticleDraft;
import org.tierdesk.knowledge.ArticleText;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.ArticleSummary;
import org.tierdesk.knowledge.ArticleVersionView;
import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.CategoryView;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.LinkedArticle;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.SaveArticleCommand;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.knowledge.SearchRequest;
import org.tierdesk.knowledge.SimilarTicket;
import org.tierdesk.knowledge.VersionDiff;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * The knowledge facade: articles, their versions and categories here; search in
 * {@link KnowledgeSearch}, tickets' search copies in {@link TicketDocuments}.
 */
@Service
class KnowledgeService implements KnowledgeManagement {

	static final int MAX_LIST = 200;

	private final ArticleRepository articles;

	private final VersionRepository versions;

	private final CategoryRepository categories;

	private final KnowledgeSearch search;

	private final TicketDocuments ticketDocuments;

	private final DeskManagement desk;

	private final Clock clock;

	private final IndexQueue indexQueue;

	private final TicketLinks ticketLinks;

	private final ArticleAttachments files;

	KnowledgeService(ArticleRepository articles, VersionRepository versions, CategoryRepository categories,
			KnowledgeSearch search, TicketDocuments ticketDocuments, DeskManagement desk, Clock clock,
			IndexQueue indexQueue, TicketLinks ticketLinks, ArticleAttachments files) {
		this.indexQueue = indexQueue;
		this.files = files;
		this.ticketLinks = ticketLinks;
		this.articles = articles;
		this.versions = versions;
		this.categories = categories;
		this.search = search;
		this.ticketDocuments = ticketDocuments;
		this.desk = desk;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ArticleView create(SaveArticleCommand command, Reader author) {
		requireStaff(author);
		String language = KnowledgeLanguages.require(command.language(), "language");
		Instant now = this.clock.instant();
		Article article = new Article(language, ArticleRules.title(command.title()), ArticleRules.body(command.body()),
				author.userId(), author.name(), now);
		configure(article, command, now);
		if (command.sourceTicket() != null && !command.sourceTicket().isBlank()) {
			article.setSourceTicket(command.sourceTicket().strip());
		}
		this.articles.save(article);
		snapshot(article, language, author, null);
		return view(article, language);
	}

	@Override
	@Transactional
	public ArticleView update(long articleId, SaveArticleCommand command, Reader author, Long expectedVersion) {
		Article article = loadForUpdate(articleId, author, expectedVersion);
		String language = (command.language() != null) ? KnowledgeLanguages.require(command.language(), "language")
				: article.getOriginalLanguage();
		Instant now = this.clock.instant();
		configure(article, command, now);
		article.write(language, ArticleRules.title(command.title()), ArticleRules.body(command.body()), now);
		this.articles.saveAndFlush(article);
		snapshot(article, language, author, null);
		return view(article, language);
	}

	@Override
	@Transactional
	public ArticleView saveTranslation(long articleId, String language, String title, String body, Reader author,
			Long expectedVersion) {
		Article article = loadForUpdate(articleId, author, expectedVersion);
		String code = KnowledgeLanguages.require(language, "language");
		article.write(code, ArticleRules.title(title), ArticleRules.body(body), this.clock.instant());
		this.articles.saveAndFlush(article);
		snapshot(article, code, author, null);
		return view(article, code);
	}

	@Override
	@Transactional
	public ArticleView transition(long articleId, ArticleAction action, Reader author, Long expectedVersion) {
		Article article = loadForUpdate(articleId, author, expectedVersion);
		article.apply(action, this.clock.instant());
		this.articles.saveAndFlush(article);
		this.indexQueue.article(article.getId());
		return view(article, article.getOriginalLanguage());
	}

	@Override
	@Transactional
	public ArticleView restore(long articleId, int versionNumber, Reader author, Long expectedVersion) {
		Article article = loadForUpdate(articleId, author, expectedVersion);
		ArticleVersion old = this.versions.findByArticleIdAndNumber(articleId, versionNumber)
			.orElseThrow(() -> new NotFoundException("knowledge.error.versionNotFound",
					"Article {0} has no version {1}.", articleId, versionNumber));
		article.write(old.getLanguage(), old.getTitle(), ArticleRules.body(old.getBody()), this.clock.instant());
		this.articles.saveAndFlush(article);
		snapshot(article, old.getLanguage(), author, "restored " + versionNumber);
		return view(article, old.getLanguage());
	}

	@Override
	@Transactional(readOnly = true)
	public ArticleView article(long articleId, String language, Reader reader) {
		return view(loadVisible(articleId, reader), KnowledgeLanguages.normalize(language));
	}

	@Override
	@Transactional
	public ArticleView open(long articleId, String language, Reader reader) {
		Article article = loadVisible(articleId, reader);
		this.articles.incrementViews(article.getId());
		return view(article, KnowledgeLanguages.normalize(language));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ArticleVersionView> versions(long articleId, Reader reader) {
		requireStaff(reader);
		loadVisible(articleId, reader);
		return this.versions.findByArticleIdOrderByNumberDesc(articleId)
			.stream()
			.map((v) -> v.toView(ArticleRules.sanitize(v.getBody())))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public VersionDiff diff(long articleId, int from, int to, Reader reader) {
		requireStaff(reader);
		loadVisible(articleId, reader);
		ArticleVersion before = version(articleId, from);
		ArticleVersion after = version(articleId, to);
		return new VersionDiff(from, to, before.getLanguage(), after.getLanguage(),
				TextDiff.lines(before.getTitle(), after.getTitle()),
				TextDiff.lines(ArticleText.plain(ArticleRules.sanitize(before.getBody())),
						ArticleText.plain(ArticleRules.sanitize(after.getBody()))));
	}

	private ArticleVersion version(long articleId, int number) {
		return this.versions.findByArticleIdAndNumber(articleId, number)
			.orElseThrow(() -> new NotFoundException("knowledge.error.versionNotFound",
					"Article {0} has no version {1}.", articleId, number));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ArticleSummary> list(ArticleStatus status, Long categoryId, String language, Reader reader, int limit) {
		ArticleStatus wanted = reader.isStaff() ? status : ArticleStatus.PUBLISHED;
		String code = KnowledgeLanguages.normalize(language);
		List<ArticleSummary> result = new ArrayList<>();
		int page = 0;
		int size = Math.max(1, Math.min(limit, MAX_LIST));
		while (result.size() < size && page < 50) {
			List<Article> batch = this.articles.list(wanted, categoryId, PageRequest.of(page++, size));
			batch.stream()
				.filter((a) -> ArticleRules.visibleTo(a, reader))
				.limit(size - result.size())
				.forEach((a) -> result.add(summary(a, code)));
			if (batch.size() < size) {
				break;
			}
		}
		return result;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ArticleSummary> popular(String language, Reader reader, int limit) {
		String code = KnowledgeLanguages.normalize(language);
		int size = Math.max(1, Math.min(limit, MAX_LIST));
		return this.articles.popular(PageRequest.of(0, size * 4))
			.stream()
			.filter((a) -> ArticleRules.visibleTo(a, reader))
			.limit(size)
			.map((a) -> summary(a, code))
			.toList();
	}

	@Override
	public List<SearchHit> searchArticles(String query, String language, Reader reader, int limit) {
		return this.search.articles(query, KnowledgeLanguages.normalize(language), reader, limit);
	}

	@Override
	public List<SearchHit> search(SearchRequest request, Reader reader) {
		requireStaff(reader);
		return this.search.everything(request, reader);
	}

	@Override
	public List<SimilarTicket> similarSolved(String ticketNumber, int limit, Reader reader) {
		this.ticketDocuments.ensure(ticketNumber);
		return this.search.similarSolved(ticketNumber, limit, reader);
	}

	@Override
	public ArticleDraft draftFromTicket(String ticketNumber) {
		return this.ticketDocuments.draft(ticketNumber);
	}

	@Override
	public List<LinkedArticle> linkedArticles(String ticketNumber, String language, Reader reader) {
		return this.ticketLinks.linked(ticketNumber, KnowledgeLanguages.normalize(language), reader);
	}

	@Override
	@Transactional
	public ArticleView linkToTicket(String ticketNumber, long articleId, String language, Reader reader) {
		Article article = loadVisible(articleId, reader);
		this.ticketLinks.link(ticketNumber, article, reader);
		return view(article, KnowledgeLanguages.normalize(language));
	}

	@Override
	@Transactional
	public void unlinkFromTicket(String ticketNumber, long articleId, Reader reader) {
		this.ticketLinks.unlink(ticketNumber, articleId, reader);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ArticleAttachmentView> attachments(long articleId, Reader reader) {
		return this.files.of(loadVisible(articleId, reader).getId());
	}

	@Override
	@Transactional
	public ArticleAttachmentView attach(long articleId, String filename, String contentType, byte[] data,
			Reader author) {
		requireStaff(author);
		return this.files.add(loadVisible(articleId, author).getId(), filename, contentType, data, author);
	}

	@Override
	@Transactional(readOnly = true)
	public ArticleFile attachment(long articleId, long attachmentId, Reader reader) {
		return this.files.get(loadVisible(articleId, reader).getId(), attachmentId);
	}

	@Override
	@Transactional
	public void removeAttachment(long articleId, long attachmentId, Reader author) {
		requireStaff(author);
		this.files.remove(loadVisible(articleId, author).getId(), attachmentId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategoryView> categories() {
		List<Category> all = this.categories.findAllByOrderByPositionAscIdAsc();
		Map<Long, List<Category>> children = new HashMap<>();
		for (Category category : all) {
			children.computeIfAbsent(category.getParentId(), (k) -> new ArrayList<>()).add(category);
		}
		List<CategoryView> tree = new ArrayList<>();
		walk(children, null, 0, "", tree);
		return tree;
	}

	private static void walk(Map<Long, List<Category>> children, Long parent, int depth, String prefix,
			List<CategoryView> out) {
		if (depth > 10) {
			return;
		}
		for (Category c : children.getOrDefault(parent, List.of())) {
			String path = prefix.isEmpty() ? c.getName() : prefix + " / " + c.getName();
			out.add(new CategoryView(c.getId(), c.getName(), c.getParentId(), depth, path));
			walk(children, c.getId(), depth + 1, path, out);
		}
	}

	@Override
	@Transactional
	public CategoryView addCategory(String name, Long parentId) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw new InvalidInputException("name", "knowledge.error.categoryName",
					"A category needs a name of at most 100 characters.");
		}
		if (parentId != null && !this.categories.existsById(parentId)) {
			throw new InvalidInputException("parentId", "knowledge.error.categoryNotFound", "There is no category {0}.",
					parentId);
		}
		Category category = this.categories
			.save(new Category(name.strip(), parentId, (int) this.categories.countByParentId(parentId)));
		return categories().stream().filter((c) -> c.id() == category.getId()).findFirst().orElseThrow();
	}

	@Override
	public long rebuildIndex() {
		long tickets = this.ticketDocuments.resyncAll();
		this.search.massIndex();
		return tickets;
	}

	private void configure(Article article, SaveArticleCommand command, Instant now) {
		if (command.categoryId() != null && !this.categories.existsById(command.categoryId())) {
			throw new InvalidInputException("categoryId", "knowledge.error.categoryNotFound",
					"There is no category {0}.", command.categoryId());
		}
		for (Long departmentId : command.departmentIds()) {
			if (departmentId == null || this.desk.department(departmentId).isEmpty()) {
				throw new InvalidInputException("departmentIds", "knowledge.error.departmentNotFound",
						"There is no department {0}.", String.valueOf(departmentId));
			}
		}
		article.configure(command.categoryId(), command.tags(), command.visibility(), command.departmentIds(), now);
	}

	private void snapshot(Article article, String language, Reader author, String note) {
		ArticleTranslation text = article.translation(language).orElseThrow();
		int number = this.versions.lastNumber(article.getId()) + 1;
		this.versions.save(new ArticleVersion(article.getId(), number, language, text.getTitle(), text.getBody(),
				(author.name() != null) ? author.name() : "?", note, this.clock.instant()));
		// every change of an article's text comes here: record it for every node's index
		this.indexQueue.article(article.getId());
	}

	private Article loadVisible(long articleId, Reader reader) {
		return this.articles.findById(articleId)
			.filter((a) -> ArticleRules.visibleTo(a, reader))
			.orElseThrow(
					() -> new NotFoundException("knowledge.error.notFound", "There is no article {0}.", articleId));
	}

	private Article loadForUpdate(long articleId, Reader author, Long expectedVersion) {
		requireStaff(author);
		Article article = loadVisible(articleId, author);
		if (expectedVersion != null && expectedVersion != article.getVersion()) {
			throw new ConflictException("knowledge.error.modified",
					"Article {0} was changed by someone else meanwhile. Reload it and try again.", articleId);
		}
		return article;
	}

	private static void requireStaff(Reader reader) {
		if (!reader.isStaff()) {
			throw new NotFoundException("knowledge.error.notFound", "There is no article {0}.", "");
		}
	}

	private ArticleSummary summary(Article a, String language) {
		ArticleTranslation text = a.textIn((language != null) ? language : a.getOriginalLanguage());
		return new ArticleSummary(a.getId(), text.getTitle(), text.getLanguage(), a.getStatus(), a.getVisibility(),
				a.getCategoryId(), a.getUpdatedAt(), a.getViewCount(), a.getTicketsSolved());
	}

	private ArticleView view(Article a, String language) {
		ArticleTranslation text = a.textIn((language != null) ? language : a.getOriginalLanguage());
		List<String> languages = a.getTranslations()
			.stream()
			.map(ArticleTranslation::getLanguage)
			.sorted(Comparator.comparingInt(KnowledgeLanguages.SUPPORTED::indexOf))
			.toList();
		String categoryName = (a.getCategoryId() != null)
				? this.categories.findById(a.getCategoryId()).map(Category::getName).orElse(null) : null;
		return new ArticleView(a.getId(), text.getLanguage(), text.getTitle(), ArticleRules.sanitize(text.getBody()),
				a.getOriginalLanguage(), languages, a.getCategoryId(), categoryName, Set.copyOf(a.getTags()),
				a.getVisibility(), Set.copyOf(a.getDepartmentIds()), a.getStatus(), a.getAuthorName(),
				a.getSourceTicket(), a.getViewCount(), a.getSolvedCount(), a.getTicketsSolved(), a.getCreatedAt(),
				a.getUpdatedAt(), a.getPublishedAt(), a.getVersion());
	}

}
