package org.tierdesk.desk.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TierRepository extends JpaRepository<Tier, Long> {

	List<Tier> findAllByOrderByPositionAscIdAsc();

}

interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findAllByOrderByNameAsc();

	Optional<Department> findByNameIgnoreCase(String name);

}

interface DeskSettingsRepository extends JpaRepository<DeskSettings, Integer> {

}
