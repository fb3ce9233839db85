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

interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

	List<CustomField> findAllByOrderByEntityAscPositionAscIdAsc();

	List<CustomField> findByEntityOrderByPositionAscIdAsc(org.tierdesk.desk.FieldEntity entity);

	Optional<CustomField> findByEntityAndKey(org.tierdesk.desk.FieldEntity entity, String key);

	long countByEntityAndArchivedFalse(org.tierdesk.desk.FieldEntity entity);

}

interface RequestTypeRepository extends JpaRepository<RequestType, Long> {

	List<RequestType> findAllByOrderByPositionAscIdAsc();

	Optional<RequestType> findByKey(String key);

}
