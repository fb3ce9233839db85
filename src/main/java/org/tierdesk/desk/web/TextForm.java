package org.tierdesk.desk.web;

/**
 * An admin's own text for one key and language.
 */
public class TextForm {

	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
