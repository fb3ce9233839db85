package org.tierdesk.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.tierdesk.knowledge.ArticleView;
import org.tierdesk.knowledge.SaveArticleCommand;
import org.tierdesk.knowledge.Visibility;

/**
 * The article editor: text in one language, and for the original also the settings.
 */
class ArticleForm {

	private String language = "en";

	private String title;

	private String body;

	private Long categoryId;

	private String tags;

	private Visibility visibility = Visibility.INTERNAL;

	private List<Long> departmentIds = new ArrayList<>();

	private Long version;

	static ArticleForm of(ArticleView article) {
		ArticleForm form = new ArticleForm();
		form.language = article.language();
		form.title = article.title();
		form.body = article.body();
		form.categoryId = article.categoryId();
		form.tags = String.join(", ", article.tags());
		form.visibility = article.visibility();
		form.departmentIds = new ArrayList<>(article.departmentIds());
		form.version = article.version();
		return form;
	}

	SaveArticleCommand toCommand(String sourceTicket) {
		Set<String> tagSet = new LinkedHashSet<>();
		if (this.tags != null) {
			Arrays.stream(this.tags.split(",")).map(String::strip).filter((t) -> !t.isEmpty()).forEach(tagSet::add);
		}
		return new SaveArticleCommand(this.language, this.title, this.body, this.categoryId, tagSet, this.visibility,
				(this.departmentIds != null) ? Set.copyOf(this.departmentIds) : Set.of(), sourceTicket);
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public Visibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public List<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(List<Long> departmentIds) {
		this.departmentIds = departmentIds;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
