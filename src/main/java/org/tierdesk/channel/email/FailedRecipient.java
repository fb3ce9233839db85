package org.tierdesk.channel.email;

import java.util.Optional;

/**
 * A recipient a bounce reports as failed, with the DSN status and diagnostic when the
 * bounce tells.
 */
public record FailedRecipient(String email, Optional<String> status, Optional<String> diagnostic, boolean hard) {
}
