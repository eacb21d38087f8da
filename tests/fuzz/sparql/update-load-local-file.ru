LOAD <file:///etc/passwd> INTO GRAPH <urn:x>
