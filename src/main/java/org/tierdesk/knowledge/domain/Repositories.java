package org.tierdesk.knowledge.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tierdesk.knowledge.ArticleStatus;

interface ArticleRepository extends JpaRepository<Article, Long> {

	@Query("select a from Article a where (:status is null or a.status = :status)"
			+ " and (:categoryId is null or a.categoryId = :categoryId) order by a.updatedAt desc, a.id desc")
	List<Article> list(ArticleStatus status, Long categoryId, Pageable page);

	@Query("select a from Article a where a.status = org.tierdesk.knowledge.ArticleStatus.PUBLISHED"
			+ " order by (a.ticketsSolved + a.solvedCount) desc, a.viewCount desc, a.id desc")
	List<Article> popular(Pageable page);

	/**
	 * Status, visibility and departments of the given articles, as rows of (id, status,
	 * visibility, department id or null): the re-check of search hits against the
	 * database.
	 */
	@Query("select a.id, a.status, a.visibility, d from Article a left join a.departmentIds d where a.id in :ids")
	List<Object[]> access(java.util.Collection<Long> ids);

	/**
	 * Counts a view without touching the article's version (reading is not editing).
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update Article a set a.viewCount = a.viewCount + 1 where a.id = :id")
	int incrementViews(long id);

	@org.springframework.data.jpa.repository.Modifying
	@Query("update Article a set a.solvedCount = a.solvedCount + 1 where a.id = :id")
	int incrementSolved(long id);

	@org.springframework.data.jpa.repository.Modifying
	@Query("update Article a set a.ticketsSolved = a.ticketsSolved + :delta where a.id = :id")
	int addTicketsSolved(long id, long delta);

}

interface VersionRepository extends JpaRepository<ArticleVersion, Long> {

	List<ArticleVersion> findByArticleIdOrderByNumberDesc(long articleId);

	@Query("select coalesce(max(v.number), 0) from ArticleVersion v where v.articleId = :articleId")
	int lastNumber(long articleId);

	java.util.Optional<ArticleVersion> findByArticleIdAndNumber(long articleId, int number);

}

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findAllByOrderByPositionAscIdAsc();

	long countByParentId(Long parentId);

}

interface TicketDocumentRepository extends JpaRepository<TicketDocument, Long> {

	java.util.Optional<TicketDocument> findByNumber(String number);

}

interface QuestionRepository extends JpaRepository<Question, Long> {

	java.util.Optional<Question> findFirstByVisitorOrderByCreatedAtDesc(String visitor);

	@Query("select q from Question q where q.createdAt >= :from and q.createdAt < :to"
			+ " and (:unanswered = false or q.results = 0) order by q.createdAt desc, q.id desc")
	List<Question> between(java.time.Instant from, java.time.Instant to, boolean unanswered, Pageable page);

	@Query("select count(q), sum(case when q.results = 0 then 1 else 0 end),"
			+ " sum(case when q.openedArticleId is not null then 1 else 0 end),"
			+ " sum(case when q.outcome = 'solved' then 1 else 0 end),"
			+ " sum(case when q.outcome = 'ticket' then 1 else 0 end)"
			+ " from Question q where q.createdAt >= :from and q.createdAt < :to")
	List<Object[]> counts(java.time.Instant from, java.time.Instant to);

}

interface TicketLinkRepository extends JpaRepository<TicketLink, Long> {

	List<TicketLink> findByTicketIdOrderByLinkedAtAsc(long ticketId);

	java.util.Optional<TicketLink> findByArticleIdAndTicketId(long articleId, long ticketId);

}

interface ArticleAttachmentRepository extends JpaRepository<ArticleAttachment, Long> {

	List<ArticleAttachment> findByArticleIdOrderByIdAsc(long articleId);

	long countByArticleId(long articleId);

}
