-- R*Tree indexes on every geometry table's bounding box, kept in step by triggers.

CREATE VIRTUAL TABLE subdistrict_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER subdistrict_rtree_insert AFTER INSERT ON subdistrict BEGIN
  INSERT INTO subdistrict_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER subdistrict_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON subdistrict BEGIN
  DELETE FROM subdistrict_rtree WHERE id = old.id;
  INSERT INTO subdistrict_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER subdistrict_rtree_delete AFTER DELETE ON subdistrict BEGIN
  DELETE FROM subdistrict_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE community_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER community_rtree_insert AFTER INSERT ON community BEGIN
  INSERT INTO community_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER community_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON community BEGIN
  DELETE FROM community_rtree WHERE id = old.id;
  INSERT INTO community_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER community_rtree_delete AFTER DELETE ON community BEGIN
  DELETE FROM community_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE grid_branch_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER grid_branch_rtree_insert AFTER INSERT ON grid_branch BEGIN
  INSERT INTO grid_branch_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER grid_branch_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON grid_branch BEGIN
  DELETE FROM grid_branch_rtree WHERE id = old.id;
  INSERT INTO grid_branch_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER grid_branch_rtree_delete AFTER DELETE ON grid_branch BEGIN
  DELETE FROM grid_branch_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE neighbourhood_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER neighbourhood_rtree_insert AFTER INSERT ON neighbourhood BEGIN
  INSERT INTO neighbourhood_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER neighbourhood_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON neighbourhood BEGIN
  DELETE FROM neighbourhood_rtree WHERE id = old.id;
  INSERT INTO neighbourhood_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER neighbourhood_rtree_delete AFTER DELETE ON neighbourhood BEGIN
  DELETE FROM neighbourhood_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE building_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER building_rtree_insert AFTER INSERT ON building BEGIN
  INSERT INTO building_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER building_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON building BEGIN
  DELETE FROM building_rtree WHERE id = old.id;
  INSERT INTO building_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER building_rtree_delete AFTER DELETE ON building BEGIN
  DELETE FROM building_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE road_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER road_rtree_insert AFTER INSERT ON road BEGIN
  INSERT INTO road_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER road_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON road BEGIN
  DELETE FROM road_rtree WHERE id = old.id;
  INSERT INTO road_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER road_rtree_delete AFTER DELETE ON road BEGIN
  DELETE FROM road_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE water_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER water_rtree_insert AFTER INSERT ON water BEGIN
  INSERT INTO water_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER water_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON water BEGIN
  DELETE FROM water_rtree WHERE id = old.id;
  INSERT INTO water_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER water_rtree_delete AFTER DELETE ON water BEGIN
  DELETE FROM water_rtree WHERE id = old.id;
END;

CREATE VIRTUAL TABLE demolition_zone_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER demolition_zone_rtree_insert AFTER INSERT ON demolition_zone BEGIN
  INSERT INTO demolition_zone_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER demolition_zone_rtree_update AFTER UPDATE OF id, min_lng, min_lat, max_lng, max_lat ON demolition_zone BEGIN
  DELETE FROM demolition_zone_rtree WHERE id = old.id;
  INSERT INTO demolition_zone_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.min_lng, new.max_lng, new.min_lat, new.max_lat);
END;
CREATE TRIGGER demolition_zone_rtree_delete AFTER DELETE ON demolition_zone BEGIN
  DELETE FROM demolition_zone_rtree WHERE id = old.id;
END;

-- Household-leads are points: their box is the point itself.
CREATE VIRTUAL TABLE household_lead_rtree USING rtree(id, min_lng, max_lng, min_lat, max_lat);
CREATE TRIGGER household_lead_rtree_insert AFTER INSERT ON household_lead BEGIN
  INSERT INTO household_lead_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.lng, new.lng, new.lat, new.lat);
END;
CREATE TRIGGER household_lead_rtree_update AFTER UPDATE OF id, lng, lat ON household_lead BEGIN
  DELETE FROM household_lead_rtree WHERE id = old.id;
  INSERT INTO household_lead_rtree (id, min_lng, max_lng, min_lat, max_lat)
  VALUES (new.id, new.lng, new.lng, new.lat, new.lat);
END;
CREATE TRIGGER household_lead_rtree_delete AFTER DELETE ON household_lead BEGIN
  DELETE FROM household_lead_rtree WHERE id = old.id;
END;
