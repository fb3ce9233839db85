package org.tierdesk.desk;

import java.util.List;
import java.util.Optional;

/**
 * Request types: per department, the kinds of request the portal offers, each with its
 * own form and defaults.
 */
public interface RequestTypeManagement {

	/** Every request type, in order. */
	List<RequestTypeView> requestTypes();

	/**
	 * The request types customers may choose (active, of an active department), in order.
	 */
	List<RequestTypeView> activeRequestTypes();

	/** The request type with this id. */
	Optional<RequestTypeView> requestType(long id);

	/** The request type with this key. */
	Optional<RequestTypeView> requestType(String key);

	/** Defines a request type after the last one. */
	RequestTypeView defineRequestType(DefineRequestTypeCommand command);

	/** Changes a request type; {@code expectedVersion} null skips the conflict check. */
	RequestTypeView changeRequestType(long id, DefineRequestTypeCommand command, Long expectedVersion);

}
