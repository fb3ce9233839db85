package org.tierdesk.desk.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.desk.BrandingView;
import org.tierdesk.desk.LogoImage;
import org.tierdesk.desk.SaveBrandingCommand;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;

/**
 * Branding stored in the database and kept in memory on each node: every page shows it,
 * so reading it must cost nothing. A save refreshes this node's copy at once; other nodes
 * read the row again once their copy is older than the refresh interval.
 */
@Service
class BrandingService implements BrandingManagement {

	private final BrandingRepository brandings;

	private final DepartmentRepository departments;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final SetupCache<BrandingView> snapshot;

	private volatile CachedLogo cachedLogo;

	BrandingService(BrandingRepository brandings, DepartmentRepository departments, JdbcTemplate jdbc,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${tierdesk.desk.refresh-interval:PT10S}") Duration refresh) {
		this.brandings = brandings;
		this.departments = departments;
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.snapshot = new SetupCache<>(refresh, () -> this.readOnly.execute((status) -> load()));
	}

	@Override
	public BrandingView branding() {
		return this.snapshot.get();
	}

	@Override
	@Transactional
	public BrandingView save(SaveBrandingCommand command, Long expectedRevision, String updatedBy) {
		Branding branding = this.brandings.findById(Branding.SINGLETON_ID).orElseGet(Branding::create);
		if (expectedRevision != null && expectedRevision != branding.getRevision()) {
			throw new ConflictException("error.concurrentEdit",
					"Someone else changed this at the same moment. Reload the page and try again.");
		}
		for (Long department : command.signatures().keySet()) {
			if (!this.departments.existsById(department)) {
				throw new InvalidInputException("signatures", "branding.error.unknownDepartment",
						"There is no department {0}.", department);
			}
		}
		branding.change(command, updatedBy, this.clock.instant());
		this.brandings.saveAndFlush(branding);
		this.jdbc.update("delete from branding_welcome");
		command.welcomeTexts()
			.forEach((language, text) -> this.jdbc.update("insert into branding_welcome (language, text) values (?, ?)",
					language, text));
		this.jdbc.update("delete from branding_signature");
		command.signatures()
			.forEach((department, text) -> this.jdbc
				.update("insert into branding_signature (department_id, text) values (?, ?)", department, text));
		return refreshAfterCommit();
	}

	@Override
	@Transactional
	public BrandingView changeLogo(LogoImage logo, String updatedBy) {
		Branding branding = this.brandings.findById(Branding.SINGLETON_ID).orElseGet(Branding::create);
		branding.logo(logo.contentType(), updatedBy, this.clock.instant());
		this.brandings.saveAndFlush(branding);
		this.jdbc.update("delete from branding_logo where branding_id = ?", Branding.SINGLETON_ID);
		byte[] data = logo.data();
		this.jdbc.update("insert into branding_logo (branding_id, data) values (?, ?)", (ps) -> {
			ps.setInt(1, Branding.SINGLETON_ID);
			ps.setBytes(2, data);
		});
		return refreshAfterCommit();
	}

	@Override
	@Transactional
	public BrandingView removeLogo(String updatedBy) {
		Branding branding = this.brandings.findById(Branding.SINGLETON_ID).orElseGet(Branding::create);
		branding.logo(null, updatedBy, this.clock.instant());
		this.brandings.saveAndFlush(branding);
		this.jdbc.update("delete from branding_logo where branding_id = ?", Branding.SINGLETON_ID);
		return refreshAfterCommit();
	}

	@Override
	public Optional<LogoImage> logo() {
		BrandingView view = branding();
		if (!view.hasLogo()) {
			return Optional.empty();
		}
		CachedLogo cached = this.cachedLogo;
		if (cached != null && cached.revision() == view.revision()) {
			return Optional.of(cached.logo());
		}
		List<byte[]> rows = this.jdbc.query("select data from branding_logo where branding_id = ?",
				(rs, row) -> rs.getBytes(1), Branding.SINGLETON_ID);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		LogoImage logo = new LogoImage(view.logoContentType(), rows.get(0));
		this.cachedLogo = new CachedLogo(view.revision(), logo);
		return Optional.of(logo);
	}

	/**
	 * Reads the branding as it will be after this transaction; this node's copy is read
	 * again after it.
	 */
	private BrandingView refreshAfterCommit() {
		this.snapshot.forgetAfterCommit();
		return load();
	}

	private BrandingView load() {
		Optional<Branding> row = this.brandings.findById(Branding.SINGLETON_ID);
		if (row.isEmpty()) {
			return BrandingView.defaults();
		}
		Branding branding = row.get();
		Map<String, String> welcome = new LinkedHashMap<>();
		this.jdbc.query("select language, text from branding_welcome",
				(RowCallbackHandler) (rs) -> welcome.put(rs.getString(1), rs.getString(2)));
		Map<Long, String> signatures = new LinkedHashMap<>();
		this.jdbc.query("select department_id, text from branding_signature",
				(RowCallbackHandler) (rs) -> signatures.put(rs.getLong(1), rs.getString(2)));
		return new BrandingView(branding.getProductName(), branding.getPrimaryColor(), branding.getSidebarColor(),
				branding.getLogoContentType(), welcome, branding.getDefaultSignature(), signatures,
				branding.getRevision(), branding.getUpdatedAt(), branding.getUpdatedBy());
	}

	private record CachedLogo(long revision, LogoImage logo) {
	}

}
