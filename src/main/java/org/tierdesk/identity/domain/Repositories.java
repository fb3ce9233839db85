package org.tierdesk.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.tierdesk.identity.Role;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsername(String username);

	Optional<User> findByEmail(String email);

	List<User> findByRoleInOrderByDisplayNameAsc(Collection<Role> roles);

	boolean existsByRole(Role role);

	@Query("select u.id, u.displayName from User u where u.id in :ids")
	List<Object[]> findDisplayNames(Collection<Long> ids);

	@Query("select u.id, u.username from User u where u.id in :ids")
	List<Object[]> findUsernames(Collection<Long> ids);

}

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
	int touch(long id, Instant now);

}
