package org.tierdesk.desk.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrandingRepository extends JpaRepository<Branding, Integer> {

}
