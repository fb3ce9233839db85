package org.tierdesk.channel.email;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.BodyDescriptorBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;

/**
 * Counts the parts and the nesting depth while mime4j parses, and stops the parse as soon
 * as a limit is passed: mime4j itself has no such limits.
 */
final class LimitingBodyDescriptorBuilder implements BodyDescriptorBuilder {

	private final BodyDescriptorBuilder delegate;

	private final int depth;

	private final int[] parts;

	private final MailLimits limits;

	LimitingBodyDescriptorBuilder(MailLimits limits) {
		this(new DefaultBodyDescriptorBuilder(), 0, new int[1], limits);
	}

	private LimitingBodyDescriptorBuilder(BodyDescriptorBuilder delegate, int depth, int[] parts, MailLimits limits) {
		this.delegate = delegate;
		this.depth = depth;
		this.parts = parts;
		this.limits = limits;
	}

	@Override
	public void reset() {
		this.delegate.reset();
	}

	@Override
	public Field addField(RawField field) throws MimeException {
		return this.delegate.addField(field);
	}

	@Override
	public BodyDescriptor build() {
		return this.delegate.build();
	}

	@Override
	public BodyDescriptorBuilder newChild() {
		this.parts[0]++;
		if (this.parts[0] > this.limits.maxParts()) {
			throw new LimitExceeded("more than " + this.limits.maxParts() + " parts");
		}
		if (this.depth + 1 > this.limits.maxDepth()) {
			throw new LimitExceeded("parts nested deeper than " + this.limits.maxDepth() + " levels");
		}
		return new LimitingBodyDescriptorBuilder(this.delegate.newChild(), this.depth + 1, this.parts, this.limits);
	}

	/**
	 * Thrown through mime4j to stop the parse; turned into a {@link MailParseException}.
	 */
	static final class LimitExceeded extends RuntimeException {

		LimitExceeded(String message) {
			super(message, null, false, false);
		}

	}

}
