package org.tierdesk.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;

/**
 * On first start, with no admin yet, creates user {@code admin} with the password from
 * {@code TIERDESK_ADMIN_PASSWORD}, or a random one printed once in the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final IdentityService identity;

	private final DeskManagement desk;

	private final String configuredPassword;

	AdminBootstrap(IdentityService identity, DeskManagement desk,
			@Value("${TIERDESK_ADMIN_PASSWORD:}") String configuredPassword) {
		this.identity = identity;
		this.desk = desk;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? randomPassword() : this.configuredPassword;
		try {
			boolean created = this.identity.createFirstAdminIfMissing(password,
					this.desk.tiers().stream().map(TierView::id).collect(Collectors.toSet()),
					this.desk.departments().stream().map(DepartmentView::id).collect(Collectors.toSet()));
			if (created && generated) {
				log.warn("Created the first admin. Sign in as 'admin' with password: {}  (shown once; "
						+ "set TIERDESK_ADMIN_PASSWORD to choose it)", password);
			}
			else if (created) {
				log.info("Created the first admin 'admin' with the password from TIERDESK_ADMIN_PASSWORD");
			}
		}
		catch (DataIntegrityViolationException ex) {
			log.debug("Another node created the first admin");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
